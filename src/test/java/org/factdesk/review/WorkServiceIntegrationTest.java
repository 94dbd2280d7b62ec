package org.factdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FactdeskIntegrationTest
class WorkServiceIntegrationTest {

    @Autowired WorkService work;
    @Autowired ReviewService reviews;
    @Autowired ClaimService claims;
    @Autowired SourceImporter importer;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void queues_show_my_assignments_and_reviews_and_progress_counts_every_status() {
        var editor = fixtures.user("wk-editor");
        var project = fixtures.project("Work desk", editor);
        fixtures.member(project, fixtures.user("wk-reviewer"), ProjectRole.REVIEWER);
        fixtures.project("Someone else's desk", fixtures.user("wk-other"));
        fixtures.signIn("wk-editor");
        var document = importer.importOne(project, ImportRequest.file("a.txt", "text/plain", """
                At least 14 people were injured when the bridge collapsed, officials said on Tuesday.

                Twelve people were hurt in the collapse, the wire service reported on Wednesday.
                """.getBytes(StandardCharsets.UTF_8))).documentId();
        var found = claims.forDocument(document);
        var first = found.get(0).id();
        var mostlyTrue = reviews.scale(project).byLabel("Mostly true").orElseThrow().id();
        reviews.save(first, 0, new ReviewData(mostlyTrue, "", null, null, List.of(), editor, null));
        var c = claims.get(first);
        c = claims.setStatus(first, c.version(), ClaimStatus.TO_CHECK);
        c = claims.setStatus(first, c.version(), ClaimStatus.IN_PROGRESS);
        claims.setStatus(first, c.version(), ClaimStatus.NEEDS_REVIEW);

        assertThat(work.assignedToMe()).extracting(WorkItem::claimId).containsExactly(first);
        assertThat(work.awaitingMyReview()).extracting(WorkItem::claimId).containsExactly(first);

        fixtures.signIn("wk-reviewer");
        assertThat(work.assignedToMe()).isEmpty();
        assertThat(work.awaitingMyReview()).extracting(WorkItem::claimId).containsExactly(first);
        fixtures.signIn("wk-other");
        assertThat(work.awaitingMyReview()).isEmpty();
    }
}
