package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.job.JobService;
import org.factdesk.job.JobState;
import org.factdesk.source.SourceImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FactdeskIntegrationTest
class ReextractionIntegrationTest {

    @Autowired Reextraction reextraction;
    @Autowired ClaimService claims;
    @Autowired JobService jobs;
    @Autowired SourceImporter importer;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void finding_claims_again_in_every_document_runs_as_a_job_and_keeps_the_claims_there_are() {
        var project = fixtures.project("Again", fixtures.user("rx-owner"));
        fixtures.signIn("rx-owner");
        var kept = importer.importPasted(project, "Council", "The city council said on Tuesday that 14 people were "
                + "injured in the fire at the Harbour Street depot.").documentId();
        var emptied = importer.importPasted(project, "Police", "The police said on Monday that 30 officers were "
                + "sent to the Northgate march and that 12 arrests were made.").documentId();
        var keptClaim = claims.forDocument(kept).getFirst();
        claims.setStatus(keptClaim.id(), keptClaim.version(), ClaimStatus.TO_CHECK);
        for (var claim : claims.forDocument(emptied)) {
            claims.delete(claim.id(), claim.version());
        }
        assertThat(claims.forDocument(emptied)).isEmpty();

        var job = reextraction.allDocuments(project);
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> jobs.get(job.id()).data().state().finished());

        assertThat(jobs.get(job.id()).data().state()).isEqualTo(JobState.DONE);
        assertThat(jobs.progress(job.id()).done()).isEqualTo(2);
        assertThat(claims.forDocument(emptied)).isNotEmpty();
        assertThat(claims.forDocument(kept)).filteredOn(c -> c.id().equals(keptClaim.id()))
                .singleElement().satisfies(c -> assertThat(c.data().status()).isEqualTo(ClaimStatus.TO_CHECK));
    }
}
