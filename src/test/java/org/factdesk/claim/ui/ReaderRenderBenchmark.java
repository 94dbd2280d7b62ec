package org.factdesk.claim.ui;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.factdesk.KaribuViewTest;
import org.factdesk.claim.ClaimService;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Server time to open the reader on a 10,000-word document with about 300 claims: loading, laying
 * out the text with its highlights and building the claim list. Prints figures; asserts nothing
 * about speed. Run with {@code ./mvnw test -Dtest=ReaderRenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReaderRenderBenchmark extends KaribuViewTest {

    @Autowired SourceImporter importer;
    @Autowired ClaimService claims;

    static final String[] CLAIMS = {
        "On 10 December the army said that six soldiers had been killed in the northern district.",
        "At least 14 people were injured when the footbridge collapsed, fire chief Dana Okoro said.",
        "According to the health ministry, more than 3,000 people have been treated since October.",
    };
    static final String[] PLAIN = {
        "The weather was mild and the streets were quiet in the morning.",
        "Many residents walked along the canal before work.",
        "Shops opened later than usual because deliveries were slow.",
        "A small market sold bread, fruit and coffee near the station.",
    };

    @Test
    void reader_render_time() {
        var random = new Random(3);
        var text = new StringBuilder("Benchmark story\n\n");
        int words = 0;
        int claimSentences = 0;
        while (words < 10_000) {
            for (int i = 0; i < 5; i++) {
                boolean claim = claimSentences < 300 && random.nextInt(100) < 40;
                String sentence = claim ? CLAIMS[random.nextInt(CLAIMS.length)].replace("six", "six " + words)
                        : PLAIN[random.nextInt(PLAIN.length)];
                if (claim) {
                    claimSentences++;
                }
                text.append(sentence).append(' ');
                words += sentence.split(" ").length;
            }
            text.append("\n\n");
        }
        var project = fixtures.project("Reader benchmark", fixtures.user("bench-reader"));
        signIn("bench-reader");
        var document = importer.importOne(project, ImportRequest.file("long.txt", "text/plain",
                text.toString().getBytes(StandardCharsets.UTF_8))).documentId();
        int claimCount = claims.forDocument(document).size();

        long[] open = new long[12];
        long[] redraw = new long[12];
        for (int i = 0; i < open.length; i++) {
            navigate("projects/" + project + "/sources");
            long start = System.nanoTime();
            navigate("documents/" + document);
            open[i] = System.nanoTime() - start;
            var view = (ReaderView) com.github.mvysny.kaributesting.v10.LocatorJ._get(ReaderView.class);
            start = System.nanoTime();
            view.render();
            redraw[i] = System.nanoTime() - start;
        }
        System.out.printf(Locale.ROOT, "%nREADER RENDER BENCHMARK (%d words, %d claims)%n"
                        + "  open the reader (load + lay out + list), median of last 10: %.1f ms%n"
                        + "  redraw text and list only, median of last 10: %.1f ms%n%n",
                words, claimCount, median(open) / 1e6, median(redraw) / 1e6);
    }

    static double median(long[] samples) {
        long[] last = Arrays.copyOfRange(samples, 2, samples.length);
        Arrays.sort(last);
        return last[last.length / 2];
    }
}
