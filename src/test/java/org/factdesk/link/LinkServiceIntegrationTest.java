package org.factdesk.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.base.ConflictException;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.PermissionDeniedException;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Links as editors meet them: found in the background after an import, decided, kept through linking again. */
@FactdeskIntegrationTest
class LinkServiceIntegrationTest {

    @Autowired SourceImporter importer;
    @Autowired LinkService links;
    @Autowired ClaimService claims;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private static final String COUNCIL = """
            Council statement on the Kestrel Bay footbridge

            March 4, 2026

            Eleven people were injured when the footbridge in Kestrel Bay collapsed on Tuesday, the council said.
            The harbour authority closed the quay until further notice, a spokesperson said.
            """;
    private static final String GAZETTE = """
            Footbridge collapse injures dozens

            March 4, 2026

            At least 14 people were injured in the collapse of the Kestrel Bay footbridge on Tuesday, witnesses said.
            The harbour authority closed the quay until further notice, a spokesperson said.
            """;

    private ProjectId twoSources(String owner) {
        var project = fixtures.project("Links " + owner, fixtures.user(owner));
        fixtures.signIn(owner);
        importer.importOne(project, ImportRequest.file("council.txt", "text/plain", COUNCIL.getBytes(StandardCharsets.UTF_8)));
        importer.importOne(project, ImportRequest.file("gazette.txt", "text/plain", GAZETTE.getBytes(StandardCharsets.UTF_8)));
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> links.pending(project) == 0);
        return project;
    }

    private ClaimId claimSaying(ProjectId project, String words) {
        return fixtures.jdbc().sql("select id from claim where project_id = :p and quote like :q and not deleted")
                .param("p", project.value()).param("q", "%" + words + "%").query(Long.class).list().stream()
                .map(ClaimId::new).findFirst().orElseThrow(() -> new AssertionError("no claim saying " + words));
    }

    @Test
    void an_import_finds_the_conflicting_figure_in_the_other_source_in_the_background() {
        var project = twoSources("ls-find");
        var council = claimSaying(project, "Eleven people were injured");
        var gazette = claimSaying(project, "At least 14 people were injured");

        var found = links.linksOf(council, false);

        assertThat(found).filteredOn(l -> l.claimId().equals(gazette)).singleElement().satisfies(l -> {
            assertThat(l.relation()).isEqualTo(LinkRelation.CONFLICTS);
            assertThat(l.state()).isEqualTo(LinkState.SUGGESTED);
            assertThat(l.differences()).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DifferenceKind.FIGURE);
                assertThat(d.thisSide()).contains("Eleven");
                assertThat(d.otherSide()).contains("14");
            });
            assertThat(l.reasons()).contains("shared names: Kestrel Bay");
        });
        assertThat(links.agreement(council).conflict()).isEqualTo(1);
        assertThat(links.pairs(project, LinkService.LinkFilter.conflicts(), 0, 10)).hasSize(1);
        // the same statement word for word in both: a duplicate, not a conflict
        assertThat(links.linksOf(claimSaying(project, "closed the quay"), false))
                .extracting(LinkService.ClaimLink::relation).containsExactly(LinkRelation.DUPLICATE);
    }

    @Test
    void a_rejected_suggestion_is_never_suggested_again_and_a_confirmed_one_survives_linking_again() {
        var project = twoSources("ls-decide");
        var council = claimSaying(project, "Eleven people were injured");
        var quay = claimSaying(project, "closed the quay");
        var conflict = links.linksOf(council, false).getFirst();
        var duplicate = links.linksOf(quay, false).getFirst();

        links.decide(conflict.id(), conflict.version(), LinkRelation.CONFLICTS, LinkState.CONFIRMED);
        links.decide(duplicate.id(), duplicate.version(), LinkRelation.DUPLICATE, LinkState.REJECTED);
        links.relink(project);
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> links.pending(project) == 0);

        assertThat(links.get(conflict.id()).data().state()).isEqualTo(LinkState.CONFIRMED);
        assertThat(links.get(duplicate.id()).data().state()).isEqualTo(LinkState.REJECTED);
        assertThat(links.linksOf(quay, false)).isEmpty();
        assertThat(links.linksOf(quay, true)).extracting(LinkService.ClaimLink::state).containsExactly(LinkState.REJECTED);
        assertThat(links.history(conflict.id())).extracting(LinkService.LinkHistoryEntry::action)
                .containsExactly(LinkState.SUGGESTED, LinkState.CONFIRMED);
        assertThat(links.history(conflict.id()).getLast().actor()).isEqualToIgnoringCase("ls-decide");
    }

    @Test
    void a_stale_decision_is_refused_and_a_dismissed_claim_takes_its_links_out_of_view() {
        var project = twoSources("ls-stale");
        var council = claimSaying(project, "Eleven people were injured");
        var gazette = claimSaying(project, "At least 14 people were injured");
        var link = links.linksOf(council, false).getFirst();
        links.decide(link.id(), link.version(), LinkRelation.CONFLICTS, LinkState.CONFIRMED);

        assertThatThrownBy(() -> links.decide(link.id(), link.version(), LinkRelation.RELATED, LinkState.REJECTED))
                .isInstanceOf(ConflictException.class);

        var claim = claims.get(gazette);
        claims.setStatus(gazette, claim.version(), ClaimStatus.DISMISSED);
        assertThat(links.linksOf(council, false)).isEmpty();
        assertThat(links.pairs(project, LinkService.LinkFilter.conflicts(), 0, 10)).isEmpty();
    }

    @Test
    void strangers_see_no_links_and_viewers_cannot_decide() {
        var project = twoSources("ls-owner");
        var council = claimSaying(project, "Eleven people were injured");
        var link = links.linksOf(council, false).getFirst();
        var viewer = fixtures.user("ls-viewer");
        fixtures.member(project, viewer, ProjectRole.VIEWER);
        fixtures.user("ls-stranger");

        fixtures.signIn("ls-stranger");
        assertThatThrownBy(() -> links.linksOf(council, false)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> links.get(link.id())).isInstanceOf(NotFoundException.class);

        fixtures.signIn("ls-viewer");
        assertThat(links.linksOf(council, false)).hasSize(1);
        assertThatThrownBy(() -> links.decide(link.id(), link.version(), LinkRelation.CONFLICTS, LinkState.CONFIRMED))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(List.of(links.get(link.id()).data().state())).containsExactly(LinkState.SUGGESTED);
    }
}
