package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.source.SourceDates;
import org.factdesk.source.TextStructure;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Extraction quality on the seed documents: every gold quote must lie inside an extracted claim's
 * span, and no noise line may become a claim. The same rules are checked on other documents, so
 * nothing here is tuned to these strings.
 */
class ClaimRecallTest {

    static final Path SHARED = Path.of("..", "shared");

    record Row(String doc, String quote) {
    }

    static List<Row> rows(String file) throws IOException {
        Path path = org.factdesk.SharedTestData.require("eval/" + file);
        var rows = new ArrayList<Row>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8).subList(1, Files.readAllLines(path).size())) {
            String[] cols = line.split("\t");
            if (cols.length >= 2) {
                rows.add(new Row(cols[0], cols[1]));
            }
        }
        return rows;
    }

    static final Map<String, List<Span>> CLAIMS = new HashMap<>();
    static final Map<String, String> TEXTS = new HashMap<>();
    static final Map<String, List<ClaimCandidate>> CANDIDATES = new HashMap<>();

    static List<Span> claimsOf(String doc) throws IOException {
        if (!CLAIMS.containsKey(doc)) {
            String text = Files.readString(org.factdesk.SharedTestData.require("seeds/" + doc)).replace("\r\n", "\n");
            var blocks = TextStructure.blocks(text);
            var published = blocks.stream().filter(b -> b.kind() == org.factdesk.source.BlockKind.DATE).findFirst()
                    .flatMap(b -> SourceDates.find(b.text(text))).orElse(null);
            TEXTS.put(doc, text);
            var candidates = ClaimExtractor.extract(text, blocks, published);
            CANDIDATES.put(doc, candidates);
            CLAIMS.put(doc, candidates.stream()
                    .filter(c -> c.score() >= ClaimExtractor.THRESHOLD).map(ClaimCandidate::span).toList());
        }
        return CLAIMS.get(doc);
    }

    @Test
    void gold_claims_are_found_and_noise_is_not() throws IOException {
        var gold = rows("seeds-dev-claims.tsv");
        int found = 0;
        var missed = new ArrayList<String>();
        for (var row : gold) {
            String text = claimsText(row.doc());
            int at = text.indexOf(row.quote());
            assertThat(at).as("gold quote present in %s: %s", row.doc(), row.quote()).isGreaterThanOrEqualTo(0);
            boolean covered = claimsOf(row.doc()).stream()
                    .anyMatch(span -> span.start() <= at && at + row.quote().length() <= span.end());
            if (covered) {
                found++;
            } else {
                missed.add(row.doc() + ": " + row.quote());
            }
        }
        double recall = (double) found / gold.size();
        System.out.printf("%nClaim extraction recall on the seeds: %d of %d = %.0f %%%n", found, gold.size(), recall * 100);
        missed.forEach(m -> System.out.println("  missed: " + m));

        var noiseHits = new ArrayList<String>();
        for (var row : rows("seeds-dev-noise.tsv")) {
            String text = claimsText(row.doc());
            int at = text.indexOf(row.quote());
            boolean claimed = claimsOf(row.doc()).stream().anyMatch(span -> span.start() <= at && at < span.end());
            if (claimed) {
                noiseHits.add(row.doc() + ": " + row.quote());
            }
        }
        System.out.println("Noise lines that became claims: " + noiseHits.size());

        assertThat(recall).isGreaterThanOrEqualTo(0.90);
        assertThat(noiseHits).isEmpty();
    }

    static String claimsText(String doc) throws IOException {
        claimsOf(doc);
        return TEXTS.get(doc);
    }

    @Test
    void gold_dates_resolve_to_the_day_the_event_happened() throws IOException {
        Path file = org.factdesk.SharedTestData.require("eval/seeds-dev-dates.tsv");
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int correct = 0;
        var wrong = new ArrayList<String>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cols = line.split("\t");
            if (cols.length < 3) {
                continue;
            }
            String doc = cols[0];
            String quote = cols[1];
            LocalDate expected = LocalDate.parse(cols[2].strip());
            LocalDate resolved = dateOf(doc, quote);
            if (expected.equals(resolved)) {
                correct++;
            } else {
                wrong.add(doc + ": " + quote + " -> " + resolved + ", expected " + expected);
            }
        }
        System.out.printf("Dates resolved correctly on the seeds: %d of %d%n", correct, lines.size() - 1);
        wrong.forEach(w -> System.out.println("  wrong date: " + w));
        assertThat(wrong).isEmpty();
    }

    /** The first date the extractor resolved inside the quote, in the statement that holds it. */
    static LocalDate dateOf(String doc, String quote) throws IOException {
        String text = claimsText(doc);
        int at = text.indexOf(quote);
        assertThat(at).as("gold quote present in %s: %s", doc, quote).isGreaterThanOrEqualTo(0);
        for (var candidate : CANDIDATES.get(doc)) {
            var span = candidate.span();
            if (span.start() > at || at >= span.end()) {
                continue;
            }
            for (var date : candidate.facts().dates()) {
                int start = span.start() + date.start();
                if (start >= at && start < at + quote.length()) {
                    return date.date();
                }
            }
        }
        return null;
    }
}
