package org.factdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import java.time.Duration;
import java.util.List;
import org.factdesk.CleanDatabaseExtension;
import org.factdesk.Fixtures;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectRole;
import org.factdesk.team.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * The review module with what it depends on: a verdict published by a second reviewer becomes public, and a claim
 * sent to review asks the reviewers after the commit, by a durable event that is handled also when the first try
 * failed or never happened (decision 0024).
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import({Fixtures.class, ReviewFixtures.class})
@ExtendWith({CleanDatabaseExtension.class, OutputCaptureExtension.class})
class ReviewModuleTests {

    private static final String REVIEW_PUBLICATION = """
            select status from event_publication
            where listener_id like 'org.factdesk.review.ReviewNotifications.%'
              and event_type = 'org.factdesk.claim.ClaimStatusChanged'
              and serialized_event::jsonb ->> 'to' = 'NEEDS_REVIEW'
              and serialized_event::jsonb -> 'claimId' ->> 'value' = :claim
            """;

    @Autowired SourceImporter importer;
    @Autowired ClaimService claims;
    @Autowired ReviewService reviews;
    @Autowired ReviewFixtures reviewFixtures;
    @Autowired Fixtures fixtures;
    @Autowired FailedEventPublications failedPublications;
    @Autowired AbstractApplicationContext context;
    @MockitoSpyBean JdbcDiscussionRepository discussion;

    static int counter;
    ProjectId project;
    UserId editor;
    UserId reviewer;
    UserId secondReviewer;
    String prefix;

    @BeforeEach
    void setUp() {
        prefix = "rm" + ++counter + "-";
        editor = fixtures.user(prefix + "editor");
        project = fixtures.project("Module " + counter, editor);
        reviewer = fixtures.user(prefix + "reviewer");
        fixtures.member(project, reviewer, ProjectRole.REVIEWER);
        secondReviewer = fixtures.user(prefix + "second");
        fixtures.member(project, secondReviewer, ProjectRole.REVIEWER);
        fixtures.signIn(prefix + "editor");
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void a_verdict_published_by_a_second_reviewer_is_what_the_public_sees() {
        var claim = claim();

        reviewFixtures.publish(project, claim, prefix + "editor", prefix + "reviewer", "Mixed",
                "The hospital counts 11.", null);

        assertThat(claims.get(claim).data().status()).isEqualTo(ClaimStatus.PUBLISHED);
        assertThat(reviews.publication(claim)).hasValueSatisfying(p -> {
            assertThat(p.verdict()).isEqualTo("Mixed");
            assertThat(p.rationale()).isEqualTo("The hospital counts 11.");
            assertThat(p.publishedBy()).isEqualTo(capitalised(prefix + "reviewer"));
        });
        assertThat(reviews.history(claim)).extracting(ReviewRevision::action).contains(ReviewAction.PUBLISHED.key());
        assertThat(List.of(reviews.get(claim).data().rationale())).containsExactly("The hospital counts 11.");
    }

    @Test
    void a_claim_sent_to_review_asks_every_reviewer_but_not_the_sender_after_the_commit(Scenario scenario) {
        var claim = inProgress(claim());

        scenario.stimulate(() -> toReview(claim))
                .andWaitForStateChange(() -> told(secondReviewer), told -> !told.isEmpty())
                .andVerify(told -> assertThat(told).singleElement().asString()
                        .startsWith("Review requested: The city council said"));

        assertThat(told(reviewer)).hasSize(1);
        assertThat(told(editor)).isEmpty();
        awaitPublication(claim, "COMPLETED");
    }

    @Test
    void a_review_request_whose_listener_failed_is_logged_kept_and_handled_when_resubmitted(Scenario scenario,
                                                                                            CapturedOutput output) {
        var claim = inProgress(claim());
        doThrow(new DataAccessResourceFailureException("The database went away")).doCallRealMethod()
                .when(discussion).notifyOnce(any(), any(), any(), eq(NotificationKind.REVIEW_REQUEST), any(), any(), any());

        scenario.stimulate(() -> toReview(claim))
                .andWaitForStateChange(() -> publicationStatus(claim), "FAILED"::equals)
                .andVerify(status -> assertThat(told(reviewer)).isEmpty());
        assertThat(output).contains("The database went away").contains("Leaving event publication uncompleted");
        assertThat(completed(claim)).isFalse();

        failedPublications.resubmit(ResubmissionOptions.defaults());

        awaitPublication(claim, "COMPLETED");
        assertThat(told(reviewer)).hasSize(1);
        assertThat(told(secondReviewer)).hasSize(1);
    }

    @Test
    void a_review_request_that_a_crash_left_unhandled_is_handled_at_the_next_start_and_only_once(Scenario scenario) {
        var claim = inProgress(claim());
        scenario.stimulate(() -> toReview(claim))
                .andWaitForStateChange(() -> publicationStatus(claim), "COMPLETED"::equals)
                .andVerify(status -> assertThat(told(reviewer)).hasSize(1));
        // as if the instance died after the commit: the publication is open, one reviewer was told, the other not yet
        fixtures.jdbc().sql("update event_publication set status = 'PUBLISHED', completion_date = null").update();
        fixtures.jdbc().sql("delete from notification where user_id = :user").param("user", secondReviewer.value())
                .update();

        restart();

        awaitPublication(claim, "COMPLETED");
        assertThat(told(secondReviewer)).hasSize(1);
        assertThat(told(reviewer)).hasSize(1);
        assertThat(told(editor)).isEmpty();
    }

    /** What a restart does with republish-outstanding-events-on-restart: resubmit every incomplete publication. */
    private void restart() {
        var multicaster = context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME);
        ((SmartInitializingSingleton) multicaster).afterSingletonsInstantiated();
    }

    private ClaimId claim() {
        var document = importer.importPasted(project, "Council statement",
                "The city council said on Tuesday that 14 people were injured in the fire at the Harbour Street depot.")
                .documentId();
        return claims.forDocument(document).getFirst().id();
    }

    private ClaimId inProgress(ClaimId claim) {
        claims.setStatus(claim, claims.get(claim).version(), ClaimStatus.TO_CHECK);
        claims.setStatus(claim, claims.get(claim).version(), ClaimStatus.IN_PROGRESS);
        reviews.save(claim, reviews.get(claim).version(), new ReviewData(reviews.scale(project).byLabel("Mixed")
                .orElseThrow().id(), "The hospital counts 11.", null, null, List.of(), null, null));
        return claim;
    }

    private void toReview(ClaimId claim) {
        claims.setStatus(claim, claims.get(claim).version(), ClaimStatus.NEEDS_REVIEW);
    }

    private List<String> told(UserId user) {
        return fixtures.jdbc().sql("select message from notification where user_id = :user and kind = :kind order by id")
                .param("user", user.value()).param("kind", NotificationKind.REVIEW_REQUEST.name())
                .query(String.class).list();
    }

    private String publicationStatus(ClaimId claim) {
        return fixtures.jdbc().sql(REVIEW_PUBLICATION).param("claim", claim.toString()).query(String.class)
                .optional().orElse(null);
    }

    private boolean completed(ClaimId claim) {
        return fixtures.jdbc().sql(REVIEW_PUBLICATION.replace("select status", "select completion_date is not null"))
                .param("claim", claim.toString()).query(Boolean.class).single();
    }

    private void awaitPublication(ClaimId claim, String status) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> status.equals(publicationStatus(claim)));
        assertThat(completed(claim)).isEqualTo("COMPLETED".equals(status));
    }

    private static String capitalised(String login) {
        return Character.toUpperCase(login.charAt(0)) + login.substring(1);
    }
}
