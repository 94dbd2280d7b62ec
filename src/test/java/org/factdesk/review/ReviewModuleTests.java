package org.factdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.CleanDatabaseExtension;
import org.factdesk.Fixtures;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The review module with what it depends on: a verdict published by a second reviewer becomes public. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import({Fixtures.class, ReviewFixtures.class})
@ExtendWith(CleanDatabaseExtension.class)
class ReviewModuleTests {

    @Autowired SourceImporter importer;
    @Autowired ClaimService claims;
    @Autowired ReviewService reviews;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void a_verdict_published_by_a_second_reviewer_is_what_the_public_sees() {
        var owner = fixtures.user("rm-editor");
        var project = fixtures.project("Module", owner);
        fixtures.member(project, fixtures.user("rm-reviewer"), ProjectRole.REVIEWER);
        fixtures.signIn("rm-editor");
        var document = importer.importPasted(project, "Council statement",
                "The city council said on Tuesday that 14 people were injured in the fire at the Harbour Street depot.")
                .documentId();
        var claim = claims.forDocument(document).getFirst();

        reviewFixtures.publish(project, claim.id(), "rm-editor", "rm-reviewer", "Mixed", "The hospital counts 11.",
                null);

        assertThat(claims.get(claim.id()).data().status()).isEqualTo(ClaimStatus.PUBLISHED);
        assertThat(reviews.publication(claim.id())).hasValueSatisfying(p -> {
            assertThat(p.verdict()).isEqualTo("Mixed");
            assertThat(p.rationale()).isEqualTo("The hospital counts 11.");
            assertThat(p.publishedBy()).isEqualTo("Rm-reviewer");
        });
        assertThat(reviews.history(claim.id())).extracting(ReviewRevision::action).contains(ReviewAction.PUBLISHED.key());
        assertThat(List.of(reviews.get(claim.id()).data().rationale())).containsExactly("The hospital counts 11.");
    }
}
