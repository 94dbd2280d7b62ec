package org.factdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimFixtures;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectRole;
import org.factdesk.team.UserId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A new version of a source cannot rewrite what was reviewed or published. */
@FactdeskIntegrationTest
class SourceChangeIntegrationTest {

    @Autowired ReviewService reviews;
    @Autowired ClaimService claims;
    @Autowired DiscussionService discussion;
    @Autowired SourceImporter importer;
    @Autowired Fixtures fixtures;
    @Autowired ClaimFixtures claimFixtures;
    @Autowired ReviewFixtures reviewFixtures;

    static int counter;
    ProjectId project;
    ClaimId claim;
    String owner;
    String editor;
    String reviewer;
    String importerLogin;

    @BeforeEach
    void publishedClaim() {
        int n = ++counter;
        owner = "sc-owner" + n;
        editor = "sc-editor" + n;
        reviewer = "sc-reviewer" + n;
        importerLogin = "sc-importer" + n;
        project = fixtures.project("Source change " + n, fixtures.user(owner));
        UserId editorId = fixtures.user(editor);
        fixtures.member(project, editorId, ProjectRole.EDITOR);
        fixtures.member(project, fixtures.user(reviewer), ProjectRole.REVIEWER);
        fixtures.member(project, fixtures.user(importerLogin), ProjectRole.EDITOR);
        fixtures.signIn(editor);
        claim = claimFixtures.bridgeClaim(project);
        reviewFixtures.publish(project, claim, editor, reviewer, "Mixed", "Hospitals say fewer.", editorId);
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    void newVersion(String text) {
        fixtures.signIn(importerLogin);
        var document = claims.get(claim).data().documentId();
        importer.importOne(project, ImportRequest.newVersion(document, "wire.txt", "text/plain",
                text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_changed_figure_keeps_the_published_wording_flags_the_claim_and_finds_its_facts_again() {
        newVersion("At least 20 people were injured when the bridge collapsed, officials said on Tuesday.\n");

        fixtures.signIn(owner);
        var now = claims.get(claim);
        assertThat(now.data().quote()).contains("At least 20");
        assertThat(now.data().facts().quantities()).extracting(q -> q.value()).contains(20.0);
        assertThat(now.data().facts().quantities()).extracting(q -> q.value()).doesNotContain(23.0, 14.0);
        assertThat(now.data().status()).isEqualTo(ClaimStatus.PUBLISHED);

        var published = reviews.publication(claim).orElseThrow();
        assertThat(published.quote()).contains("At least 14").doesNotContain("20");
        assertThat(published.documentVersion()).isEqualTo(1);

        var change = claims.sourceChange(claim).orElseThrow();
        assertThat(change.summary()).isEqualTo("14 → 20");
        assertThat(change.oldQuote()).contains("At least 14");
        assertThat(change.fromVersion()).isEqualTo(1);
        assertThat(change.toVersion()).isEqualTo(2);
        assertThat(claims.count(project, ClaimQuery.all().withSourceChanged(true))).isEqualTo(1);
    }

    @Test
    void the_assignee_and_the_reviewer_are_told_but_not_the_one_who_imported_it() {
        newVersion("At least 20 people were injured when the bridge collapsed, officials said on Tuesday.\n");

        for (String told : List.of(editor, reviewer)) {
            fixtures.signIn(told);
            // told after the import's commit, by a durable listener on a thread of its own
            await().pollInSameThread().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> discussion.notifications().stream()
                            .anyMatch(n -> n.kind() == NotificationKind.SOURCE_CHANGED));
            assertThat(discussion.notifications()).filteredOn(n -> n.kind() == NotificationKind.SOURCE_CHANGED)
                    .singleElement().satisfies(n -> assertThat(n.message()).contains("14 → 20"));
        }
        // one transaction tells them all: once the others have heard, the importer would have too
        fixtures.signIn(importerLogin);
        assertThat(discussion.notifications()).extracting(Notification::kind)
                .doesNotContain(NotificationKind.SOURCE_CHANGED);
    }

    @Test
    void a_claim_whose_source_changed_is_published_again_only_after_someone_checked_the_change() {
        newVersion("At least 20 people were injured when the bridge collapsed, officials said on Tuesday.\n");
        fixtures.signIn(reviewer);
        claims.setStatus(claim, claims.get(claim).version(), ClaimStatus.IN_PROGRESS);
        fixtures.signIn(editor);
        claims.setStatus(claim, claims.get(claim).version(), ClaimStatus.NEEDS_REVIEW);
        fixtures.signIn(reviewer);
        assertThatThrownBy(() -> claims.setStatus(claim, claims.get(claim).version(), ClaimStatus.PUBLISHED))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("14 → 20");

        claims.markSourceChangeChecked(claim);
        assertThat(claims.sourceChange(claim)).isEmpty();
        assertThat(claims.count(project, ClaimQuery.all().withSourceChanged(true))).isZero();
        claims.setStatus(claim, claims.get(claim).version(), ClaimStatus.PUBLISHED);
        assertThat(reviews.publication(claim).orElseThrow().quote()).contains("At least 20");
    }

    @Test
    void a_claim_nobody_reviewed_follows_its_source_without_a_flag() {
        var solo = fixtures.project("Unreviewed " + counter, fixtures.user("sc-solo" + counter));
        fixtures.signIn("sc-solo" + counter);
        var other = claimFixtures.bridgeClaim(solo);
        var document = claims.get(other).data().documentId();
        importer.importOne(claims.get(other).data().projectId(), ImportRequest.newVersion(document, "wire.txt",
                "text/plain", "At least 20 people were injured when the bridge collapsed, officials said on Tuesday.\n"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(claims.sourceChange(other)).isEmpty();
        assertThat(claims.get(other).data().quote()).contains("20");
    }
}
