package org.factdesk.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.SharedTestData;
import org.factdesk.claim.ClaimId;
import org.factdesk.source.DocumentId;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Link quality on the seeds' dev gold pairs: recall@5 (the gold partner among the top five suggestions of either
 * claim) and the share of gold conflicts labelled as conflicts. Prints the figures; the rules are written for any
 * news story and checked on other documents too, so nothing here is tuned to these sentences.
 */
@FactdeskIntegrationTest
class LinkQualityIntegrationTest {

    @Autowired SourceImporter importer;
    @Autowired LinkService links;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    record Gold(String id, String relation, String docA, String quoteA, String docB, String quoteB) {
    }

    @Test
    void gold_pairs_of_the_seeds_are_found_among_the_top_suggestions_and_conflicts_are_called_conflicts() throws Exception {
        Path relations = SharedTestData.require("eval/seeds-dev-relations.tsv");
        var gold = new ArrayList<Gold>();
        for (String line : Files.readAllLines(relations, StandardCharsets.UTF_8).subList(1,
                Files.readAllLines(relations, StandardCharsets.UTF_8).size())) {
            String[] c = line.split("\t");
            if (c.length >= 6) {
                gold.add(new Gold(c[0], c[1], c[2], c[3], c[4], c[5]));
            }
        }
        var project = fixtures.project("Link eval", fixtures.user("link-eval"));
        fixtures.signIn("link-eval");
        var documents = new HashMap<String, DocumentId>();
        try (var seeds = Files.list(SharedTestData.require("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                var result = importer.importOne(project, ImportRequest.file(seed.getFileName().toString(), "text/plain",
                        Files.readAllBytes(seed)));
                assertThat(result.stored()).as(result.message()).isTrue();
                documents.put(seed.getFileName().toString(), result.documentId());
            }
        }
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> links.pending(project) == 0);

        int found = 0;
        int conflicts = 0;
        int conflictsLabelled = 0;
        var report = new StringBuilder();
        for (var g : gold) {
            var a = claimWith(documents.get(g.docA()), g.quoteA());
            var b = claimWith(documents.get(g.docB()), g.quoteB());
            boolean inTop5 = false;
            LinkRelation relation = null;
            if (a != null && b != null) {
                for (var from : List.of(a, b)) {
                    var top = links.linksOf(from, false).stream()
                            .sorted(java.util.Comparator.comparingInt(LinkService.ClaimLink::score).reversed()).limit(5)
                            .toList();
                    for (var l : top) {
                        if (l.claimId().equals(from.equals(a) ? b : a)) {
                            inTop5 = true;
                            relation = l.relation();
                        }
                    }
                }
            }
            found += inTop5 ? 1 : 0;
            if (g.relation().equals("conflicts")) {
                conflicts++;
                conflictsLabelled += relation == LinkRelation.CONFLICTS ? 1 : 0;
            }
            report.append(String.format(Locale.ROOT, "  %-4s %-13s %s%s%n", g.id(), g.relation(),
                    a == null || b == null ? "claim not extracted" : inTop5 ? "found as " + relation : "not in top 5",
                    a != null && b != null && !(inTop5 && g.relation().toUpperCase(Locale.ROOT).startsWith(
                            relation.name().substring(0, 4))) ? "\n" + why(a, b) : ""));
        }
        System.out.printf(Locale.ROOT, "%nLINK QUALITY on the seeds' dev pairs%n%s  recall@5: %d of %d = %.0f %%%n"
                        + "  gold conflicts labelled CONFLICTS: %d of %d%n%n", report, found, gold.size(),
                100.0 * found / gold.size(), conflictsLabelled, conflicts);
        assertThat(found).as("gold pairs found in the top 5").isPositive();
    }

    @Autowired Linker linker;
    @Autowired JdbcLinkRepository repository;

    /** What linking made of a pair it did not get right: both profiles and the rules' verdict. */
    private String why(ClaimId a, ClaimId b) {
        var rows = repository.claims(List.of(a.value(), b.value()));
        if (rows.size() < 2) {
            return "       (a claim is dismissed or deleted)";
        }
        var pa = Linker.profile(rows.get(0));
        var pb = Linker.profile(rows.get(1));
        var top = links.linksOf(a, false).stream().limit(5)
                .map(l -> l.score() + " " + l.relation() + " " + l.quote().substring(0, Math.min(50, l.quote().length())))
                .toList();
        return "       a: " + describe(pa) + "\n       b: " + describe(pb) + "\n       rules: "
                + LinkRules.compare(pa, pb).map(Object::toString).orElse("no link") + "\n       a's top: " + top;
    }

    private static String describe(ClaimProfile p) {
        return p.quote() + "\n          names " + p.names().values() + ", days " + p.days() + ", happenings "
                + p.happenings() + ", figures " + p.figures().stream().map(ClaimProfile.Figure::describe).toList()
                + ", present " + p.present() + ", document date " + p.documentDate();
    }

    /** The claim of the document whose quote holds the gold quote (or is held by it). */
    private ClaimId claimWith(DocumentId document, String quote) {
        var rows = fixtures.jdbc().sql("select id, quote from claim where document_id = :d and not deleted")
                .param("d", document.value()).query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
        String q = normal(quote);
        return rows.stream().filter(r -> normal(r.getValue()).contains(q) || q.contains(normal(r.getValue())))
                .map(r -> new ClaimId(r.getKey())).findFirst().orElse(null);
    }

    private static String normal(String s) {
        return s.replaceAll("[“”\"]", "\"").replaceAll("\\s+", " ").strip();
    }
}
