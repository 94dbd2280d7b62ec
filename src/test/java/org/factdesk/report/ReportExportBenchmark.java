package org.factdesk.report;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.claim.ClaimService;
import org.factdesk.review.ReviewService;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Exports a project of 10,000 claims in every format and prints time, size and peak heap for each. Output
 * goes to a counting sink: the figures are the making of the report, not a disk. Asserts nothing about speed.
 * Run with {@code ./mvnw test -Dtest=ReportExportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@FactdeskIntegrationTest
class ReportExportBenchmark {

    static final int DOCUMENTS = 200;
    static final int CLAIMS_PER_DOCUMENT = 50;

    @Autowired ReportService reports;
    @Autowired ReviewService reviews;
    @Autowired SourceImporter importer;
    @Autowired ClaimService claims;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void ten_thousand_claims_in_every_format() {
        var project = fixtures.project("Benchmark desk", fixtures.user("bench-owner"));
        fixtures.signIn("bench-owner");
        var requests = new ArrayList<ImportRequest>();
        for (int d = 0; d < DOCUMENTS; d++) {
            var text = new StringBuilder("Wire report " + d + "\n\n");
            for (int c = 0; c < CLAIMS_PER_DOCUMENT; c++) {
                text.append("At least ").append(10 + c).append(" people were injured when bridge number ").append(d)
                        .append('-').append(c).append(" collapsed on Tuesday, officials said.\n\n");
            }
            requests.add(ImportRequest.file("wire-" + d + ".txt", "text/plain",
                    text.toString().getBytes(StandardCharsets.UTF_8)));
        }
        importer.importAll(project, requests);
        int total = claims.count(project, ClaimQuery.all());
        var scale = reviews.scale(project).levels();
        // verdicts and rationales straight into the table: the benchmark is about exporting, not reviewing
        jdbc.sql("""
                        insert into claim_review (claim_id, project_id, verdict_id, rationale, tags, updated_at, version)
                        select c.id, c.project_id, (cast(:levels as bigint[]))[1 + c.id % :n],
                               'Checked against the **hospital list** and the city''s statement.', '{casualties}', now(), 1
                        from claim c where c.project_id = :project
                        """)
                .param("levels", scale.stream().map(l -> l.id()).toArray(Long[]::new)).param("n", scale.size())
                .param("project", project.value()).update();
        var current = reviews.settings(project);
        reviews.saveSettings(project, new org.factdesk.review.ReviewSettings(false, "Bench desk", "https://bench.example",
                "https://bench.example/checks", current.version()));
        jdbc.sql("update claim set status = 'PUBLISHED' where project_id = :project and id % 3 = 0")
                .param("project", project.value()).update();

        System.out.printf(Locale.ROOT, "ReportExportBenchmark: %,d claims in %d documents%n", total, DOCUMENTS);
        for (ExportFormat format : ExportFormat.values()) {
            var request = new ExportRequest(project, format, ClaimQuery.all(), ExportOptions.defaults());
            reports.export(request, OutputStream.nullOutputStream(), ExportProgress.NONE);
            System.gc();
            long baseline = heapUsed();
            var sampler = new HeapSampler();
            sampler.start();
            var sink = new CountingSink();
            long start = System.nanoTime();
            reports.export(request, sink, ExportProgress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = sampler.finish();
            System.out.printf(Locale.ROOT, "  %-12s %7.2f s  %9.1f MB out  peak heap %5.0f MB (%4.0f MB above the %3.0f MB before)%n",
                    format.key, seconds, sink.bytes / 1e6, peak / 1e6, (peak - baseline) / 1e6, baseline / 1e6);
        }
        System.out.printf(Locale.ROOT, "  (heap sampled every 5 ms, garbage included; -DargLine=-Xmx384m runs it all)%n");
        fixtures.signOut();
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The highest heap use seen while an export runs. */
    static final class HeapSampler extends Thread {
        private volatile boolean running = true;
        private long peak;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            while (running) {
                peak = Math.max(peak, heapUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long finish() {
            running = false;
            try {
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Math.max(peak, heapUsed());
        }
    }

    static final class CountingSink extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
