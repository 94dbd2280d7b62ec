package org.factdesk.claim;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.factdesk.source.TextStructure;
import org.junit.jupiter.api.Test;

/**
 * Extraction speed on one core: structure parsing plus sentence splitting, scoring and fact
 * extraction over generated news text. Prints figures; asserts nothing about speed. Run with
 * {@code ./mvnw test -Dtest=ClaimExtractionBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ClaimExtractionBenchmark {

    static final String[] SENTENCES = {
        "On 10 December, the army announced that six soldiers had been killed in the city.",
        "At least 14 people were injured when the footbridge collapsed, fire chief Dana Okoro said.",
        "According to the health ministry, more than 33,000 people have been killed since October.",
        "The council voted 9 to 4 on Thursday to keep two more bridges closed.",
        "Residents said the deck had been shaking for weeks.",
        "“We barely made it out,” said Mahmoud Abu Salah, a resident whose house was flattened.",
        "Power, water, and cell service in most of the city is also knocked out.",
        "Maj. Gen. Dan Goldfus said the brigade withdrew from the U.S.-funded base at 6 p.m. on Sunday.",
        "The museum opened in 2016 and had a collection of over 3,500 artifacts.",
        "Do you remember the bridge?",
    };

    static String text(int targetBytes, Random random) {
        var sb = new StringBuilder(targetBytes + 1000);
        sb.append("By Benchmark Writer\n\nGenerated story\n\nMarch 4, 2026\n\n");
        while (sb.length() < targetBytes) {
            int sentences = 3 + random.nextInt(4);
            for (int i = 0; i < sentences; i++) {
                sb.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
            }
            sb.append("\n\n");
        }
        return sb.toString();
    }

    @Test
    void extraction_throughput() {
        var random = new Random(1);
        String warm = text(500_000, random);
        for (int i = 0; i < 3; i++) {
            ClaimExtractor.extract(warm, TextStructure.blocks(warm), LocalDate.of(2026, 3, 4));
        }
        System.out.printf(Locale.ROOT, "%nCLAIM EXTRACTION BENCHMARK (one thread, best of 3 runs)%n");
        measure("generated news text, every sentence a candidate", text(5_000_000, random));
        var seeds = new StringBuilder();
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("..", "shared", "seeds"))) {
            for (var file : files.sorted().toList()) {
                seeds.append(java.nio.file.Files.readString(file)).append("\n\n");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        var real = new StringBuilder();
        while (real.length() < 5_000_000) {
            real.append(seeds);
        }
        measure("the seed documents, repeated", real.toString());
        System.out.println();
    }

    static void measure(String label, String text) {
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        double best = Double.MAX_VALUE;
        java.util.List<ClaimCandidate> candidates = java.util.List.of();
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            var blocks = TextStructure.blocks(text);
            candidates = ClaimExtractor.extract(text, blocks, LocalDate.of(2026, 3, 4));
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        long claims = candidates.stream().filter(c -> c.score() >= ClaimExtractor.THRESHOLD).count();
        System.out.printf(Locale.ROOT, "  %s: %.1f MB, %d sentences, %d claims in %.2f s = %.2f MB/s, %.0f sentences/s%n",
                label, bytes / 1e6, candidates.size(), claims, best, bytes / 1e6 / best, candidates.size() / best);
    }
}
