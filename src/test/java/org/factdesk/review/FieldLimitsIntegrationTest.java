package org.factdesk.review;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimFixtures;
import org.factdesk.source.DocumentData;
import org.factdesk.source.DocumentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every text an editor or a script writes has a limit, said in words, so that no field can stall an export. */
@FactdeskIntegrationTest
class FieldLimitsIntegrationTest {

    @Autowired ReviewService reviews;
    @Autowired DiscussionService discussion;
    @Autowired DocumentService documents;
    @Autowired ClaimFixtures claimFixtures;
    @Autowired org.factdesk.claim.ClaimService claims;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void a_megabyte_claimant_too_many_or_too_long_tags_and_oversized_evidence_or_metadata_are_refused() {
        var project = fixtures.project("Limits", fixtures.user("limits-owner"));
        fixtures.signIn("limits-owner");
        var claim = claimFixtures.bridgeClaim(project);

        assertThatThrownBy(() -> reviews.save(claim, 0, new ReviewData(null, "", "x".repeat(1_000_000), null,
                List.of(), null, null))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("claimant").hasMessageContaining("300");
        assertThatThrownBy(() -> reviews.save(claim, 0, new ReviewData(null, "", null, null,
                IntStream.range(0, 51).mapToObj(i -> "tag" + i).toList(), null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("50 tags");
        assertThatThrownBy(() -> reviews.save(claim, 0, new ReviewData(null, "", null, null, List.of("t".repeat(61)),
                null, null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("60");
        assertThatThrownBy(() -> discussion.addEvidence(claim, new EvidenceData(EvidenceKind.URL,
                "https://city.example/" + "a".repeat(3_000), null, null, null, null, null, EvidenceRelation.SUPPORTS, "")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("2,000");
        assertThatThrownBy(() -> discussion.addEvidence(claim, new EvidenceData(EvidenceKind.URL,
                "https://city.example/", null, null, null, null, null, EvidenceRelation.SUPPORTS, "n".repeat(5_001))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("note");
        var document = documents.get(claims.get(claim).data().documentId());
        var d = document.data();
        assertThatThrownBy(() -> documents.updateMetadata(document.id(), document.version(), new DocumentData(
                "T".repeat(501), d.outlet(), d.author(), d.publishedOn(), d.url(), d.sourceType()), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> documents.updateMetadata(document.id(), document.version(), new DocumentData(
                d.title(), "O".repeat(201), d.author(), d.publishedOn(), d.url(), d.sourceType()), null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("outlet");
    }
}
