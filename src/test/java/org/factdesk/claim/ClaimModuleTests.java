package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.CleanDatabaseExtension;
import org.factdesk.Fixtures;
import org.factdesk.source.SourceImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;

/** The claim module with what it depends on: an imported text gets its claims, and their triage is announced. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(Fixtures.class)
@ExtendWith(CleanDatabaseExtension.class)
class ClaimModuleTests {

    @Autowired SourceImporter importer;
    @Autowired ClaimService claims;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void an_imported_text_gets_suggested_claims_with_reasons_and_accepting_one_is_announced(PublishedEvents events) {
        var owner = fixtures.user("cm-owner");
        var project = fixtures.project("Module", owner);
        fixtures.signIn("cm-owner");

        var document = importer.importPasted(project, "Council statement",
                "The city council said on Tuesday that 14 people were injured in the fire at the Harbour Street depot.")
                .documentId();
        var found = claims.forDocument(document);

        assertThat(found).isNotEmpty();
        var claim = found.getFirst();
        assertThat(claim.data().status()).isEqualTo(ClaimStatus.SUGGESTED);
        assertThat(claim.data().signals()).isNotEmpty();

        claims.setStatus(claim.id(), claim.version(), ClaimStatus.TO_CHECK);

        // with who did it and the wording: its durable listeners run with nobody signed in (decision 0024)
        assertThat(events.ofType(ClaimStatusChanged.class).matching(e -> e.claimId().equals(claim.id())
                && e.from() == ClaimStatus.SUGGESTED && e.to() == ClaimStatus.TO_CHECK && owner.equals(e.by())
                && claim.data().quote().equals(e.quote()) && e.at() != null)).hasSize(1);
        assertThat(claims.history(claim.id())).extracting(ClaimRevision::action)
                .containsExactly(ClaimRevisionAction.EXTRACTED, ClaimRevisionAction.STATUS);
    }
}
