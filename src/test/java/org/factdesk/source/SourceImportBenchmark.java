package org.factdesk.source;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Locale;
import java.util.Random;
import javax.sql.DataSource;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Import throughput through the service layer, without claim extraction (measured separately),
 * against a plain COPY of the same texts as the floor.
 * Prints figures; asserts nothing about speed. Run with
 * {@code ./mvnw test -Dtest=SourceImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dfactdesk.bench.docs=10000]}.
 */
@FactdeskIntegrationTest
@org.springframework.test.context.TestPropertySource(properties = "factdesk.claims.extract-on-import=false")
public class SourceImportBenchmark {

    @Autowired SourceImporter importer;
    @Autowired Fixtures fixtures;
    @Autowired DataSource dataSource;

    static final String[] WORDS = ("the a officials said on tuesday bridge canal city council mayor police reported "
            + "injured killed at least people more than hundreds according to statement spokesperson told reporters "
            + "army forces withdrew from district hospital ministry figures rose fell week month year government "
            + "announced denied claimed sources witnesses residents fire rescue crews inspection report review panel")
            .split(" ");

    public static String article(Random random, int index) {
        var sb = new StringBuilder(5200);
        sb.append("By Reporter ").append(index % 97).append("\n\nHeadline number ").append(index)
                .append(" about the city\n\nMarch ").append(1 + index % 28).append(", 2026\n\nKESTREL BAY- ");
        while (sb.length() < 5000) {
            int words = 12 + random.nextInt(20);
            for (int w = 0; w < words; w++) {
                if (w > 0) {
                    sb.append(' ');
                }
                String word = WORDS[random.nextInt(WORDS.length)];
                sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
                if (random.nextInt(12) == 0) {
                    sb.append(' ').append(random.nextInt(5000));
                }
            }
            sb.append(random.nextInt(6) == 0 ? ".\n\n" : ". ");
        }
        sb.append("\n\n(Benchmark Wire ").append(index).append(")\n");
        return sb.toString();
    }

    @Test
    void import_throughput() throws Exception {
        int n = Integer.getInteger("factdesk.bench.docs", 10_000);
        var random = new Random(42);
        var texts = new String[n];
        long bytes = 0;
        for (int i = 0; i < n; i++) {
            texts[i] = article(random, i);
            bytes += texts[i].getBytes(StandardCharsets.UTF_8).length;
        }
        var project = fixtures.project("Benchmark", fixtures.user("bench"));
        fixtures.signIn("bench");

        // warm-up outside the measurement
        for (int i = 0; i < 200; i++) {
            importer.importOne(project, ImportRequest.file("warm" + i + ".txt", "text/plain",
                    ("warm-up " + i + " " + texts[i]).getBytes(StandardCharsets.UTF_8)));
        }
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

        long start = System.nanoTime();
        int stored = 0;
        for (int i = 0; i < n; i++) {
            var result = importer.importOne(project, ImportRequest.file("doc" + i + ".txt", "text/plain",
                    texts[i].getBytes(StandardCharsets.UTF_8)));
            if (result.stored()) {
                stored++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
        fixtures.signOut();

        double copySeconds = copyFloor(dataSource, texts);

        System.out.printf(Locale.ROOT, "%nSOURCE IMPORT BENCHMARK (%d documents, %.1f MB of text, %d stored)%n", n,
                bytes / 1e6, stored);
        System.out.printf(Locale.ROOT, "  service import : %.2f s  = %.0f docs/s, %.2f MB/s%n", seconds, n / seconds,
                bytes / 1e6 / seconds);
        System.out.printf(Locale.ROOT, "  peak heap      : %.0f MB%n", peakHeap / 1e6);
        System.out.printf(Locale.ROOT, "  COPY floor     : %.2f s  = %.0f docs/s, %.2f MB/s%n%n", copySeconds,
                n / copySeconds, bytes / 1e6 / copySeconds);
    }

    /** Seconds a plain COPY of the texts into a scratch table takes: the floor any import is measured against. */
    public static double copyFloor(DataSource dataSource, String[] texts) throws java.sql.SQLException,
            java.io.IOException {
        int n = texts.length;
        long copyStart = System.nanoTime();
        try (Connection c = dataSource.getConnection(); var s = c.createStatement()) {
            s.execute("create temporary table bench_copy (n int, text text)");
            var copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy (n, text) from stdin");
            for (int i = 0; i < n; i++) {
                String line = i + "\t" + texts[i].replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t") + "\n";
                byte[] row = line.getBytes(StandardCharsets.UTF_8);
                copy.writeToCopy(row, 0, row.length);
            }
            copy.endCopy();
            s.execute("drop table bench_copy");
        }
        return (System.nanoTime() - copyStart) / 1e9;
    }
}
