package org.factdesk.job;

import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.source.BulkImports;
import org.factdesk.source.SourceImportBenchmark;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A bulk import of 10,000 generated news documents of about 5 KB as one ZIP through the job, claims extracted:
 * documents a second, time to the first progress, peak heap, against a plain COPY of the same texts. With
 * {@code -Dfactdesk.bench.instances=2} a second Factdesk JVM on the same database shares the job. Prints figures;
 * asserts nothing about speed. Run with
 * {@code ./mvnw test -Dtest=BulkImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dfactdesk.bench.docs=10000]};
 * {@code -Dfactdesk.bench.extract=false} measures the import without claim extraction, to tell the two apart;
 * {@code -Dfactdesk.test.durable-db=true} runs PostgreSQL as Factdesk does (waiting for the disk), and
 * {@code -Dfactdesk.test.pg-settings=shared_preload_libraries=pg_stat_statements} adds its costliest statements.
 * It also prints the CPU time of this JVM and of the rest of the machine (the database), and the rate every 5 s.
 */
@FactdeskIntegrationTest
// linking (issue 15) is measured by LinkBenchmark: here its queue is written but no worker runs
@org.springframework.test.context.TestPropertySource(properties = {"factdesk.claims.extract-on-import=${factdesk.bench.extract:true}",
        "factdesk.links.workers=0"})
class BulkImportBenchmark {

    @Autowired BulkImports imports;
    @Autowired JobService jobs;
    @Autowired Fixtures fixtures;
    @Autowired DataSource dataSource;
    @Autowired Environment environment;

    @Test
    void bulk_import_throughput() throws Exception {
        int n = Integer.getInteger("factdesk.bench.docs", 10_000);
        int instances = Integer.getInteger("factdesk.bench.instances", 1);
        var random = new Random(7);
        var texts = new String[n];
        long bytes = 0;
        var zipped = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(zipped)) {
            for (int i = 0; i < n; i++) {
                texts[i] = SourceImportBenchmark.article(random, i);
                byte[] b = texts[i].getBytes(StandardCharsets.UTF_8);
                bytes += b.length;
                zip.putNextEntry(new ZipEntry("wire/" + (i % 50) + "/doc" + i + ".txt"));
                zip.write(b);
                zip.closeEntry();
            }
        }
        var project = fixtures.project("Bulk benchmark", fixtures.user("bulk-bench"));
        fixtures.signIn("bulk-bench");
        Process other = instances > 1 ? FactdeskInstance.start(environment, "bench-other", "--factdesk.links.workers=0",
                "--factdesk.claims.extract-on-import=" + environment.getProperty("factdesk.claims.extract-on-import"))
                : null;
        if (other != null) {
            Thread.sleep(15_000);
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        boolean statements = statementsTracked();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long jvmCpuStart = os.getProcessCpuTime();
        long machineCpuStart = machineCpuNanos();
        long start = System.nanoTime();
        var job = imports.archive(project, "bench.zip", new ByteArrayInputStream(zipped.toByteArray()));
        double accepted = (System.nanoTime() - start) / 1e9;
        await().pollInSameThread().pollInterval(Duration.ofMillis(20)).atMost(Duration.ofMinutes(5))
                .until(() -> jobs.progress(job.id()).finished() > 0);
        double firstProgress = (System.nanoTime() - start) / 1e9;
        // documents done at each whole second, to show whether the rate holds up as the tables grow
        var doneBySecond = new java.util.ArrayList<Integer>();
        long[] liveHeap = {0};
        await().pollInSameThread().pollInterval(Duration.ofMillis(100)).atMost(Duration.ofMinutes(30))
                .until(() -> {
                    while ((System.nanoTime() - start) / 1_000_000_000L >= doneBySecond.size()) {
                        doneBySecond.add(jobs.progress(job.id()).finished());
                    }
                    liveHeap[0] = Math.max(liveHeap[0], liveHeap());
                    return jobs.get(job.id()).data().state().finished();
                });
        double seconds = (System.nanoTime() - start) / 1e9;
        double jvmCpu = (os.getProcessCpuTime() - jvmCpuStart) / 1e9;
        double machineCpu = (machineCpuNanos() - machineCpuStart) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        var progress = jobs.progress(job.id());
        var state = jobs.get(job.id()).data().state();
        long claims = fixtures.jdbc().sql("select count(*) from claim where project_id = :p")
                .param("p", project.value()).query(Long.class).single();
        fixtures.signOut();
        if (other != null) {
            other.destroy();
        }

        var costliest = statements ? fixtures.jdbc().sql(COSTLIEST).query().listOfRows() : List.<java.util.Map<String, Object>>of();
        double copySeconds = SourceImportBenchmark.copyFloor(dataSource, texts);

        System.out.printf(Locale.ROOT, "%nBULK IMPORT BENCHMARK (%d documents, %.1f MB of text, one ZIP, %d instance%s)%n",
                n, bytes / 1e6, instances, instances == 1 ? "" : "s");
        System.out.printf(Locale.ROOT, "  job state       : %s, %s%n", state, progress);
        System.out.printf(Locale.ROOT, "  claims          : %d%n", claims);
        System.out.printf(Locale.ROOT, "  archive stored  : %.2f s (the request's share)%n", accepted);
        System.out.printf(Locale.ROOT, "  first progress  : %.2f s%n", firstProgress);
        System.out.printf(Locale.ROOT, "  end to end      : %.2f s  = %.0f docs/s%s%n", seconds, n / seconds,
                claims > 0 ? " with claims extracted" : " (no extraction)");
        if (machineCpu > 0) {
            // the rest of the machine is, on a quiet machine, the database (and the second instance, if any)
            System.out.printf(Locale.ROOT, "  CPU time        : %.1f s in this JVM, %.1f s in the rest of the machine "
                    + "(%d cores, %.0f %% busy)%n", jvmCpu, machineCpu - jvmCpu,
                    Runtime.getRuntime().availableProcessors(),
                    100 * machineCpu / (seconds * Runtime.getRuntime().availableProcessors()));
        }
        var windows = new StringBuilder();
        for (int t = 5; t < doneBySecond.size(); t += 5) {
            windows.append(String.format(Locale.ROOT, " %.0f", (doneBySecond.get(t) - doneBySecond.get(t - 5)) / 5.0));
        }
        System.out.printf(Locale.ROOT, "  docs/s each 5 s:%s%n", windows);
        System.out.printf(Locale.ROOT, "  peak heap       : %.0f MB used, %.0f MB live after a collection (this JVM)%n",
                peakHeap / 1e6, liveHeap[0] / 1e6);
        System.out.printf(Locale.ROOT, "  COPY floor      : %.2f s  = %.0f docs/s%n", copySeconds, n / copySeconds);
        if (!costliest.isEmpty()) {
            // summed over the connections that ran them at once: on two busy cores, wall time rather than CPU time
            System.out.println("  PostgreSQL's costliest statements (seconds, calls, ms a call):");
            costliest.forEach(r -> System.out.printf(Locale.ROOT, "    %7.2f %7d %9.3f  %s%n", r.get("seconds"),
                    r.get("calls"), r.get("each"), r.get("query")));
        }
        System.out.println();
    }

    /** Busy CPU time of the whole machine so far (Linux's /proc/stat), or 0 where there is none. */
    private static long machineCpuNanos() {
        try {
            String[] f = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long ticks = 0;
            for (int i = 1; i <= 8 && i < f.length; i++) {
                if (i != 4 && i != 5) { // idle and iowait are not busy; guest time is in user already
                    ticks += Long.parseLong(f[i]);
                }
            }
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    private static final String COSTLIEST = """
            select round(total_exec_time::numeric / 1000, 2) as seconds, calls,
                   round((total_exec_time / calls)::numeric, 3) as each,
                   left(regexp_replace(query, '\\s+', ' ', 'g'), 90) as query
            from pg_stat_statements order by total_exec_time desc limit 14
            """;

    /**
     * With {@code -Dfactdesk.test.pg-settings=shared_preload_libraries=pg_stat_statements} the test database counts
     * what each statement costs, and the figures end with PostgreSQL's costliest statements of the import.
     */
    private boolean statementsTracked() {
        boolean loaded = fixtures.jdbc().sql("""
                        select current_setting('shared_preload_libraries') like '%pg_stat_statements%'
                        """).query(Boolean.class).single();
        if (loaded) {
            fixtures.jdbc().sql("create extension if not exists pg_stat_statements").update();
            fixtures.jdbc().sql("select pg_stat_statements_reset()").query().listOfRows();
        }
        return loaded;
    }

    /** Heap in use after the last collection of each pool: what the JVM holds, not what it has yet to collect. */
    private static long liveHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getCollectionUsage).filter(java.util.Objects::nonNull)
                .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
    }
}
