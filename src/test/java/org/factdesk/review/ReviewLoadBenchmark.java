package org.factdesk.review;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.base.ConflictException;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fifty editors, each saving an annotation every two seconds after up to a second of typing, five to
 * a claim so that they collide:
 * save latency through the service (locking, history, workflow checks included) against a bare
 * single-row UPDATE at the same pace, both in a phase of its own and alongside the saves, conflicts, and
 * lost updates. Both paths are warmed up alike first, so that the figures are those of a server that has
 * been running, and each editor signs in once, as a session does. Prints figures; asserts nothing about
 * speed. Run with {@code ./mvnw test -Dtest=ReviewLoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dfactdesk.bench.seconds=60]}.
 */
@FactdeskIntegrationTest
class ReviewLoadBenchmark {

    static final int EDITORS = 50;
    static final int CLAIMS = 10;
    static final long PERIOD_MS = 2_000;
    static final int THINK_MS = 1_000;
    static final int WARM_UP_CALLS = 10_000;

    @Autowired ReviewService reviews;
    @Autowired ClaimService claims;
    @Autowired SourceImporter importer;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired JdbcReviewRepository repo;

    private final List<Throwable> errors = new CopyOnWriteArrayList<>();

    record Write(ClaimId claim, int version, String rationale) {
    }

    @Test
    void fifty_editors_saving_every_two_seconds() throws Exception {
        int seconds = Integer.getInteger("factdesk.bench.seconds", 60);
        var project = fixtures.project("Deadline desk", fixtures.user("load-owner"));
        for (int i = 0; i < EDITORS; i++) {
            fixtures.member(project, fixtures.user("load" + i), ProjectRole.EDITOR);
        }
        fixtures.signIn("load-owner");
        var text = new StringBuilder();
        for (int i = 0; i < CLAIMS; i++) {
            text.append("At least ").append(12 + i).append(" people were injured when bridge number ").append(i + 1)
                    .append(" collapsed on Tuesday, officials said.\n\n");
        }
        var document = importer.importOne(project, ImportRequest.file("load.txt", "text/plain",
                text.toString().getBytes(StandardCharsets.UTF_8))).documentId();
        List<ClaimId> claimIds = claims.forDocument(document).stream().map(c -> c.id()).limit(CLAIMS).toList();
        fixtures.signOut();

        // warm-up, as a server that has been running would be: first the JIT, which a paced minute of saves
        // alone would leave half done (the saves' own code interpreted, the bare update's JDBC path already
        // hot), then the plans of every pooled connection
        warmUpCode(claimIds);
        run(claimIds, Math.min(10, seconds), new CopyOnWriteArrayList<>(),
                new ConcurrentHashMap<>(), new AtomicInteger(), true);

        var saveNanos = new CopyOnWriteArrayList<Long>();
        Map<ClaimId, Write> lastWrite = new ConcurrentHashMap<>();
        var conflicts = new AtomicInteger();
        int historyBefore = historySize(claimIds);
        // a control alongside: bare updates of rows of their own, at the same pace, under the same load
        jdbc.sql("create table if not exists bench_control (id int primary key, value text)").update();
        jdbc.sql("insert into bench_control select g, '' from generate_series(0, :n) g on conflict do nothing")
                .param("n", EDITORS).update();
        var alongside = new CopyOnWriteArrayList<Long>();
        var control = new Thread(() -> {
            try {
                alongside.addAll(bareUpdates("update bench_control set value = :value where id = :row", seconds));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        control.start();
        run(claimIds, seconds, saveNanos, lastWrite, conflicts, false);
        control.join();
        int historyAfter = historySize(claimIds);

        fixtures.signIn("load-owner");
        int lostFinalStates = 0;
        for (var write : lastWrite.values()) {
            var current = reviews.get(write.claim());
            if (current.version() != write.version() || !current.data().rationale().equals(write.rationale())) {
                lostFinalStates++;
            }
        }
        fixtures.signOut();
        int lostInHistory = saveNanos.size() - (historyAfter - historyBefore);

        var bareNanos = bareUpdates(claimIds, seconds);
        jdbc.sql("drop table bench_control").update();

        System.out.printf(Locale.ROOT, "%nReviewLoadBenchmark: %d editors, %d claims, one save each every %d ms after up to %d ms "
                + "of typing, %d s%n", EDITORS, CLAIMS, PERIOD_MS, THINK_MS, seconds);
        System.out.printf(Locale.ROOT, "  service saves: %d ok, %d conflicts; %s%n", saveNanos.size(), conflicts.get(),
                percentiles(saveNanos));
        System.out.printf(Locale.ROOT, "  bare UPDATE:   %d;               %s%n", bareNanos.size(), percentiles(bareNanos));
        System.out.printf(Locale.ROOT, "  p95 ratio service/bare: %.1f%n",
                percentile(saveNanos, 95) / percentile(bareNanos, 95));
        System.out.printf(Locale.ROOT, "  bare UPDATE alongside the saves, same load: %d; %s; p95 ratio %.1f%n",
                alongside.size(), percentiles(alongside), percentile(saveNanos, 95) / percentile(alongside, 95));
        System.out.printf(Locale.ROOT, "  unexpected errors: %d%s%n", errors.size(),
                errors.isEmpty() ? "" : " (first: " + errors.getFirst() + ")");
        System.out.printf(Locale.ROOT, "  lost updates: %d (saves missing from history %d, final states not the last "
                + "successful write %d)%n", Math.max(0, lostInHistory) + lostFinalStates, lostInHistory, lostFinalStates);
        breakdown(claimIds);
    }

    private void run(List<ClaimId> claimIds, int seconds, List<Long> saveNanos, Map<ClaimId, Write> lastWrite,
                     AtomicInteger conflicts, boolean warmUp) throws InterruptedException {
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(EDITORS);
        var tick = new AtomicInteger();
        for (int i = 0; i < EDITORS; i++) {
            String editor = "load" + i;
            // signed in once: a session does not read its user again for every save
            var session = fixtures.signIn(editor);
            fixtures.signOut();
            ClaimId claim = claimIds.get(i % claimIds.size());
            long offset = PERIOD_MS * i / EDITORS;
            pool.scheduleAtFixedRate(() -> {
                fixtures.signIn(session);
                try {
                    var current = reviews.get(claim);
                    // an editor reads, types for a moment, then saves: others may save in between
                    Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextInt(THINK_MS));
                    String rationale = editor + " #" + tick.incrementAndGet();
                    var data = new ReviewData(current.data().verdictId(), rationale, current.data().claimant(),
                            current.data().claimDate(), current.data().tags(), current.data().assignee(),
                            current.data().dueDate());
                    long start = System.nanoTime();
                    var saved = reviews.save(claim, current.version(), data);
                    long took = System.nanoTime() - start;
                    if (!warmUp) {
                        saveNanos.add(took);
                        lastWrite.merge(claim, new Write(claim, saved.version(), rationale),
                                (a, b) -> a.version() >= b.version() ? a : b);
                    }
                } catch (ConflictException e) {
                    conflicts.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    // a scheduled task that throws is silently cancelled: say so instead
                    errors.add(e);
                } finally {
                    fixtures.signOut();
                }
            }, offset, PERIOD_MS, TimeUnit.MILLISECONDS);
        }
        Thread.sleep(seconds * 1000L);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** Saves and bare updates back to back, as many of each, until both paths are compiled. */
    private void warmUpCode(List<ClaimId> claimIds) {
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            var claim = claimIds.get(i % claimIds.size());
            fixtures.signIn("load" + (i % EDITORS));
            try {
                var current = reviews.get(claim);
                var d = current.data();
                reviews.save(claim, current.version(), new ReviewData(d.verdictId(), "warm-up " + i, d.claimant(),
                        d.claimDate(), d.tags(), d.assignee(), d.dueDate()));
            } finally {
                fixtures.signOut();
            }
            jdbc.sql("update claim_review set rationale = :rationale where claim_id = :claim")
                    .param("rationale", "warm-up bare " + i).param("claim", claim.value()).update();
        }
    }

    /** One editor at a time, no think time: where a save's time goes without any contention. */
    private void breakdown(List<ClaimId> claimIds) {
        var claim = claimIds.getFirst();
        var editor = fixtures.signIn("load0");
        try {
            var bare = new java.util.ArrayList<Long>();
            var save = new java.util.ArrayList<Long>();
            var stmt = new java.util.ArrayList<Long>();
            for (int i = 0; i < 3_000; i++) {
                long t0 = System.nanoTime();
                jdbc.sql("update claim_review set rationale = :rationale where claim_id = :claim")
                        .param("rationale", "solo " + i).param("claim", claim.value()).update();
                long t1 = System.nanoTime();
                var current = reviews.get(claim);
                var d = current.data();
                long t3 = System.nanoTime();
                reviews.save(claim, current.version(), new ReviewData(d.verdictId(), "solo save " + i, d.claimant(),
                        d.claimDate(), d.tags(), d.assignee(), d.dueDate()));
                long t4 = System.nanoTime();
                var now = reviews.get(claim);
                long t5 = System.nanoTime();
                repo.update(claim, now.version(), new ReviewData(d.verdictId(), "solo statement " + i, d.claimant(),
                        d.claimDate(), d.tags(), d.assignee(), d.dueDate()), new JdbcReviewRepository.Write(
                        editor.userId(), ReviewAction.SAVED.key(), java.time.Instant.now()), false, false);
                long t6 = System.nanoTime();
                if (i >= 1_000) {
                    stmt.add(t6 - t5);
                    bare.add(t1 - t0);
                    save.add(t4 - t3);
                }
            }
            System.out.printf(Locale.ROOT, "  one editor alone, 2,000 saves: bare UPDATE %s%n", percentiles(bare));
            System.out.printf(Locale.ROOT, "                                 service save %s%n", percentiles(save));
            System.out.printf(Locale.ROOT, "                                 its one statement %s%n", percentiles(stmt));
        } finally {
            fixtures.signOut();
        }
    }

    /** Bare single-row updates of the control table, one row per editor, at the editors' pace. */
    private List<Long> bareUpdates(String sql, int seconds) throws InterruptedException {
        var nanos = new CopyOnWriteArrayList<Long>();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(EDITORS);
        for (int i = 0; i < EDITORS; i++) {
            int row = i;
            pool.scheduleAtFixedRate(() -> {
                long start = System.nanoTime();
                jdbc.sql(sql).param("value", "bare " + start).param("row", row).update();
                nanos.add(System.nanoTime() - start);
            }, PERIOD_MS * i / EDITORS + PERIOD_MS / (2L * EDITORS), PERIOD_MS, TimeUnit.MILLISECONDS);
        }
        Thread.sleep(seconds * 1000L);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        return nanos;
    }

    private List<Long> bareUpdates(List<ClaimId> claimIds, int seconds) throws InterruptedException {
        var nanos = new CopyOnWriteArrayList<Long>();
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(EDITORS);
        for (int i = 0; i < EDITORS; i++) {
            long claim = claimIds.get(i % claimIds.size()).value();
            String rationale = "bare " + i;
            pool.scheduleAtFixedRate(() -> {
                long start = System.nanoTime();
                jdbc.sql("update claim_review set rationale = :rationale where claim_id = :claim")
                        .param("rationale", rationale).param("claim", claim).update();
                nanos.add(System.nanoTime() - start);
            }, PERIOD_MS * i / EDITORS, PERIOD_MS, TimeUnit.MILLISECONDS);
        }
        Thread.sleep(seconds * 1000L);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        return nanos;
    }

    private int historySize(List<ClaimId> claimIds) {
        fixtures.signIn("load-owner");
        try {
            return claimIds.stream().mapToInt(id -> reviews.history(id).size()).sum();
        } finally {
            fixtures.signOut();
        }
    }

    private static double percentile(List<Long> nanos, int p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static String percentiles(List<Long> nanos) {
        return String.format(Locale.ROOT, "p50 %.2f ms, p95 %.2f ms, p99 %.2f ms", percentile(nanos, 50),
                percentile(nanos, 95), percentile(nanos, 99));
    }
}
