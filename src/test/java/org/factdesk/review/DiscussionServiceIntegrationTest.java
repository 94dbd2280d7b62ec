package org.factdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.PermissionDeniedException;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.source.DocumentId;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectRole;
import org.factdesk.team.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FactdeskIntegrationTest
class DiscussionServiceIntegrationTest {

    @Autowired DiscussionService discussion;
    @Autowired ReviewService reviews;
    @Autowired ClaimService claims;
    @Autowired SourceImporter importer;
    @Autowired org.factdesk.source.DocumentService documents;
    @Autowired Fixtures fixtures;

    static int counter;
    ProjectId project;
    DocumentId document;
    ClaimId claim;
    String editor;
    String reviewer;
    UserId reviewerId;

    @BeforeEach
    void setUp() {
        int n = ++counter;
        editor = "ds-editor" + n;
        reviewer = "ds-reviewer" + n;
        project = fixtures.project("Discussion " + n, fixtures.user(editor));
        reviewerId = fixtures.user(reviewer);
        fixtures.member(project, reviewerId, ProjectRole.REVIEWER);
        fixtures.member(project, fixtures.user("ds-viewer" + n), ProjectRole.VIEWER);
        fixtures.signIn(editor);
        document = importer.importOne(project, ImportRequest.file("a.txt", "text/plain", """
                At least 14 people were injured when the bridge collapsed, officials said on Tuesday.

                Twelve people were hurt in the collapse, the wire service reported on Wednesday.
                """.getBytes(StandardCharsets.UTF_8))).documentId();
        claim = claims.forDocument(document).getFirst().id();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void evidence_of_every_kind_is_added_listed_and_removed_with_history() {
        var other = claims.forDocument(document).get(1).id();
        discussion.addEvidence(claim, new EvidenceData(EvidenceKind.URL, "https://city.example/statement",
                "City statement", LocalDate.of(2026, 3, 5), null, null, null, EvidenceRelation.REFUTES, "11, not 14"));
        discussion.addEvidence(claim, new EvidenceData(EvidenceKind.DOCUMENT, null, null, null, null, document, null,
                EvidenceRelation.CONTEXT, ""));
        var third = discussion.addEvidence(claim, new EvidenceData(EvidenceKind.CLAIM, null, null, null, null, null,
                other, EvidenceRelation.REFUTES, "the wire says twelve"));

        assertThat(discussion.evidence(claim)).extracting(Evidence::label)
                .containsExactly("City statement", documents.get(document).data().title(), claims.get(other).data().quote());
        discussion.removeEvidence(third.id(), third.version());
        assertThat(discussion.evidence(claim)).hasSize(2);
        assertThat(reviews.history(claim)).extracting(ReviewRevision::action)
                .containsExactly("evidence added", "evidence added", "evidence added", "evidence removed");
        assertThatThrownBy(() -> discussion.addEvidence(claim, new EvidenceData(EvidenceKind.URL, "javascript:alert(1)",
                null, null, null, null, null, EvidenceRelation.SUPPORTS, "")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void mentions_assignments_and_review_requests_notify_the_right_people() {
        var thread = discussion.comment(claim, null, "@" + reviewer + " can you check the count?");
        discussion.comment(claim, thread.id(), "Working on it.");
        var review = reviews.save(claim, 0, new ReviewData(reviews.scale(project).levels().getFirst().id(), "", null,
                null, List.of(), reviewerId, null));
        var c = claims.get(claim);
        c = claims.setStatus(claim, c.version(), ClaimStatus.TO_CHECK);
        c = claims.setStatus(claim, c.version(), ClaimStatus.IN_PROGRESS);
        claims.setStatus(claim, c.version(), ClaimStatus.NEEDS_REVIEW);

        fixtures.signIn(reviewer);
        // the mention and the assignment are told in their own transactions, the review request after the commit
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> discussion.unreadNotifications() == 3);
        assertThat(discussion.notifications()).extracting(Notification::kind)
                .containsExactly(NotificationKind.REVIEW_REQUEST, NotificationKind.ASSIGNED, NotificationKind.MENTION);
        discussion.markAllRead();
        assertThat(discussion.unreadNotifications()).isZero();
        assertThat(review.version()).isEqualTo(1);
    }

    @Test
    void threads_are_replied_to_and_resolved_and_viewers_cannot_comment() {
        var thread = discussion.comment(claim, null, "Which figure is right?");
        var reply = discussion.comment(claim, thread.id(), "The city's.");
        discussion.comment(claim, reply.id(), "Agreed.");

        var comments = discussion.comments(claim);
        assertThat(comments).extracting(Comment::body).containsExactly("Which figure is right?", "The city's.", "Agreed.");
        assertThat(comments.get(2).parentId()).isEqualTo(thread.id());
        discussion.resolveThread(thread.id(), thread.version(), true);
        assertThat(discussion.comments(claim).getFirst().resolved()).isTrue();

        fixtures.signIn("ds-viewer" + counter);
        assertThatThrownBy(() -> discussion.comment(claim, null, "hello")).isInstanceOf(PermissionDeniedException.class);
    }
}
