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
 * {@code -Dfactdesk.bench.extract=false} measures the import without claim extraction, to tell the two apart.
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

        long start = System.nanoTime();
        var job = imports.archive(project, "bench.zip", new ByteArrayInputStream(zipped.toByteArray()));
        double accepted = (System.nanoTime() - start) / 1e9;
        await().pollInSameThread().pollInterval(Duration.ofMillis(20)).atMost(Duration.ofMinutes(5))
                .until(() -> jobs.progress(job.id()).finished() > 0);
        double firstProgress = (System.nanoTime() - start) / 1e9;
        await().pollInSameThread().pollInterval(Duration.ofMillis(100)).atMost(Duration.ofMinutes(30))
                .until(() -> jobs.get(job.id()).data().state().finished());
        double seconds = (System.nanoTime() - start) / 1e9;
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

        double copySeconds = SourceImportBenchmark.copyFloor(dataSource, texts);

        System.out.printf(Locale.ROOT, "%nBULK IMPORT BENCHMARK (%d documents, %.1f MB of text, one ZIP, %d instance%s)%n",
                n, bytes / 1e6, instances, instances == 1 ? "" : "s");
        System.out.printf(Locale.ROOT, "  job state       : %s, %s%n", state, progress);
        System.out.printf(Locale.ROOT, "  claims          : %d%n", claims);
        System.out.printf(Locale.ROOT, "  archive stored  : %.2f s (the request's share)%n", accepted);
        System.out.printf(Locale.ROOT, "  first progress  : %.2f s%n", firstProgress);
        System.out.printf(Locale.ROOT, "  end to end      : %.2f s  = %.0f docs/s%s%n", seconds, n / seconds,
                claims > 0 ? " with claims extracted" : " (no extraction)");
        System.out.printf(Locale.ROOT, "  peak heap       : %.0f MB (this JVM)%n", peakHeap / 1e6);
        System.out.printf(Locale.ROOT, "  COPY floor      : %.2f s  = %.0f docs/s%n%n", copySeconds, n / copySeconds);
    }
}
