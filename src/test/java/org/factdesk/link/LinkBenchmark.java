package org.factdesk.link;

import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.claim.ClaimId;
import org.factdesk.job.JobService;
import org.factdesk.source.BulkImports;
import org.factdesk.source.GeneratedNews;
import org.factdesk.source.ImportRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Linking at scale: a project of about 100,000 generated claims over some thousands of documents, indexed, then 500
 * new claims linked against it, on one thread and on all cores; then the server time of a claim's "In other sources"
 * panel and of the Conflicts page's first page. Prints figures; asserts nothing about speed. Run with
 * {@code ./mvnw test -Dtest=LinkBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dfactdesk.bench.claims=100000]}.
 * Also the sentence embedding model's load time, heap and the size of the jars it adds.
 */
@FactdeskIntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "factdesk.links.workers=0")
class LinkBenchmark {

    @Autowired BulkImports imports;
    @Autowired JobService jobs;
    @Autowired Linker linker;
    @Autowired LinkService links;
    @Autowired Fixtures fixtures;
    @Autowired PlatformTransactionManager transactions;
    @Autowired SentenceEmbeddings embeddings;

    @Test
    void linking_new_claims_against_a_large_project() throws Exception {
        int target = Integer.getInteger("factdesk.bench.claims", 100_000);
        var project = fixtures.project("Link benchmark", fixtures.user("link-bench"));
        fixtures.signIn("link-bench");
        var transaction = new TransactionTemplate(transactions);

        // the corpus: generated stories, imported as one job, claims extracted (about 14 a story)
        int documents = Math.max(10, target / 14);
        var files = new ArrayList<ImportRequest>();
        for (int i = 0; i < documents; i++) {
            files.add(ImportRequest.file("story-" + i + ".txt", "text/plain", GeneratedNews.bytes(i, 420)));
        }
        long start = System.nanoTime();
        var job = imports.files(project, files);
        await().pollInSameThread().atMost(Duration.ofMinutes(20)).until(() -> jobs.get(job.id()).data().state().finished());
        double importSeconds = (System.nanoTime() - start) / 1e9;
        var all = fixtures.jdbc().sql("select id from claim where project_id = :p order by id")
                .param("p", project.value()).query(Long.class).list();
        var newest = all.subList(all.size() - 1050, all.size());
        var corpus = all.subList(0, all.size() - 1050);

        // the embedding model: its load time and what it takes of the heap
        System.gc();
        long heapBefore = usedHeap();
        start = System.nanoTime();
        embeddings.embed(List.of("A first sentence loads the model."));
        double modelSeconds = (System.nanoTime() - start) / 1e9;
        System.gc();
        long modelHeap = usedHeap() - heapBefore;
        long modelJars = jarBytes("onnxruntime", "langchain4j", "tokenizers", "ai/djl/api", "jna");

        // index the corpus (keys, words and embeddings), as linking it would, without comparing
        start = System.nanoTime();
        for (int i = 0; i < corpus.size(); i += 2000) {
            var chunk = corpus.subList(i, Math.min(corpus.size(), i + 2000));
            transaction.executeWithoutResult(s -> linker.index(chunk));
        }
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        // the statistics autovacuum would have gathered by now on a running instance, and a warm-up
        fixtures.jdbc().sql("analyze link_key, link_text, claim, claim_link").update();
        var warm = newest.subList(0, 50);
        transaction.executeWithoutResult(s -> linker.link(warm));
        newest = newest.subList(50, newest.size());

        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        // 500 new claims on one thread, in batches of 50 as the workers take them
        var oneThread = newest.subList(0, 500);
        start = System.nanoTime();
        for (int i = 0; i < oneThread.size(); i += 50) {
            var batch = oneThread.subList(i, i + 50);
            transaction.executeWithoutResult(s -> linker.index(batch));
            transaction.executeWithoutResult(s -> linker.suggest(batch));
        }
        double oneSeconds = (System.nanoTime() - start) / 1e9;

        // 500 more on as many threads as there are cores
        int cores = Runtime.getRuntime().availableProcessors();
        var manyThreads = newest.subList(500, 1000);
        var pool = Executors.newFixedThreadPool(cores);
        var tasks = new ArrayList<Callable<Void>>();
        for (int i = 0; i < manyThreads.size(); i += 50) {
            var batch = manyThreads.subList(i, i + 50);
            tasks.add(() -> {
                transaction.executeWithoutResult(s -> linker.index(batch));
                transaction.executeWithoutResult(s -> linker.suggest(batch));
                return null;
            });
        }
        start = System.nanoTime();
        for (var f : pool.invokeAll(tasks)) {
            f.get();
        }
        double manySeconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();

        // server time of the pages' reads: a claim's panel, the Conflicts page's first page
        var sample = new ClaimId(newest.get(10));
        links.linksOf(sample, false);
        start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            links.linksOf(new ClaimId(newest.get(i * 40)), false);
            links.agreement(new ClaimId(newest.get(i * 40)));
        }
        double panelMs = (System.nanoTime() - start) / 1e6 / 20;
        links.pairs(project, LinkService.LinkFilter.conflicts(), 0, 50);
        start = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            links.pairs(project, LinkService.LinkFilter.conflicts(), 0, 50);
        }
        double conflictsMs = (System.nanoTime() - start) / 1e6 / 10;
        long suggestions = fixtures.jdbc().sql("select count(*) from claim_link where project_id = :p")
                .param("p", project.value()).query(Long.class).single();
        fixtures.signOut();

        System.out.printf(Locale.ROOT, "%nLINK BENCHMARK (%,d claims over %,d documents)%n", all.size(), documents);
        System.out.printf(Locale.ROOT, "  corpus imported      : %.1f s; indexed for blocking in %.1f s (%.0f claims/s)%n",
                importSeconds, indexSeconds, corpus.size() / indexSeconds);
        System.out.printf(Locale.ROOT, "  500 new, one thread  : %.2f s = %.0f claims/s%n", oneSeconds, 500 / oneSeconds);
        System.out.printf(Locale.ROOT, "  500 new, %d threads   : %.2f s = %.0f claims/s%n", cores, manySeconds,
                500 / manySeconds);
        System.out.printf(Locale.ROOT, "  suggestions stored   : %,d%n", suggestions);
        System.out.printf(Locale.ROOT, "  claim panel (server) : %.1f ms%n", panelMs);
        System.out.printf(Locale.ROOT, "  Conflicts, 1st page  : %.1f ms%n", conflictsMs);
        System.out.printf(Locale.ROOT, "  peak heap linking    : %.0f MB%n", peakHeap / 1e6);
        System.out.printf(Locale.ROOT, "  embedding model      : loaded in %.2f s, %.0f MB of heap (plus native), %.0f MB of jars%n%n",
                modelSeconds, modelHeap / 1e6, modelJars / 1e6);
    }


    private static long usedHeap() {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    /** Bytes of the class path's jars whose path holds one of the names. */
    private static long jarBytes(String... names) {
        long total = 0;
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            String path = entry.replace('\\', '/');
            for (String name : names) {
                if (path.endsWith(".jar") && path.contains(name)) {
                    total += new java.io.File(entry).length();
                    break;
                }
            }
        }
        return total;
    }
}
