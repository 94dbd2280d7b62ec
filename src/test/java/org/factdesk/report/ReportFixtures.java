package org.factdesk.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.Fixtures;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.review.DiscussionService;
import org.factdesk.review.EvidenceData;
import org.factdesk.review.EvidenceKind;
import org.factdesk.review.EvidenceRelation;
import org.factdesk.review.ReviewData;
import org.factdesk.review.ReviewService;
import org.factdesk.review.ReviewSettings;
import org.factdesk.source.DocumentId;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Component;

/**
 * A project to report on: the five shared Khan Yunis seeds, plus a statement that carries a script tag,
 * an Arabic name and curly quotes. One claim is published with evidence and a comment, another has a verdict.
 */
@Component
class ReportFixtures {


    static final String HOSTILE = """
            Statement on the shelter <script>alert('pwned')</script>

            The spokesman Abu Obeida (أبو عبيدة) said “at least 20 people were killed” in the strike on 3 December 2023.
            """;

    record Reviewed(ProjectId project, DocumentId statement, Claim published, Claim verdictOnly, int claims) {
    }

    private final Fixtures fixtures;
    private final SourceImporter importer;
    private final ClaimService claims;
    private final ReviewService reviews;
    private final DiscussionService discussion;

    ReportFixtures(Fixtures fixtures, SourceImporter importer, ClaimService claims, ReviewService reviews,
                   DiscussionService discussion) {
        this.fixtures = fixtures;
        this.importer = importer;
        this.claims = claims;
        this.reviews = reviews;
        this.discussion = discussion;
    }

    /** Builds it as {@code owner}, who stays signed in. */
    Reviewed reviewedProject(String name, String owner) {
        org.factdesk.SharedTestData.require("seeds");
        var project = fixtures.project(name, fixtures.user(owner));
        fixtures.signIn(owner);
        try (var seeds = Files.list(org.factdesk.SharedTestData.require("seeds"))) {
            for (Path seed : seeds.sorted().toList()) {
                importer.importOne(project, ImportRequest.file(seed.getFileName().toString(), "text/plain",
                        Files.readAllBytes(seed)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var statement = importer.importOne(project, ImportRequest.file("statement.txt", "text/plain",
                HOSTILE.getBytes(StandardCharsets.UTF_8))).documentId();
        var current = reviews.settings(project);
        reviews.saveSettings(project, new ReviewSettings(false, "Kestrel Fact Desk", "https://factdesk.example",
                "https://factdesk.example/checks", current.version()));
        var scale = reviews.scale(project);
        var published = claims.forDocument(statement).getFirst();
        reviews.save(published.id(), 0, new ReviewData(scale.byLabel("Mostly false").orElseThrow().id(),
                "Hospital records name **14** dead, not 20.", "Abu Obeida", LocalDate.of(2023, 12, 3),
                List.of("casualties"), null, null));
        discussion.addEvidence(published.id(), new EvidenceData(EvidenceKind.URL, "https://records.example/dead",
                "Hospital list", LocalDate.of(2023, 12, 5), null, null, null, EvidenceRelation.REFUTES, "Names 14."));
        discussion.comment(published.id(), null, "Second source agrees with the hospital list.");
        for (var status : List.of(ClaimStatus.TO_CHECK, ClaimStatus.IN_PROGRESS, ClaimStatus.NEEDS_REVIEW,
                ClaimStatus.PUBLISHED)) {
            claims.setStatus(published.id(), claims.get(published.id()).version(), status);
        }
        var seedClaim = claims.find(project, org.factdesk.claim.ClaimQuery.all(), org.factdesk.claim.ClaimSort.NEWEST,
                0, 1000).stream().filter(c -> !c.documentId().equals(statement)).findFirst().orElseThrow();
        reviews.save(seedClaim.id(), 0, new ReviewData(scale.byLabel("True").orElseThrow().id(), "Matches the wire.",
                null, null, List.of(), null, null));
        int total = claims.count(project, org.factdesk.claim.ClaimQuery.all());
        return new Reviewed(project, statement, claims.get(published.id()), claims.get(seedClaim.id()), total);
    }
}
