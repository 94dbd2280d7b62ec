package org.factdesk.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.Fixtures;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.base.NotFoundException;
import org.factdesk.claim.ClaimId;
import org.factdesk.link.LinkService;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Events as the linker and the editors make them, built in the background after an import. */
@FactdeskIntegrationTest
class TimelineServiceIntegrationTest {

    @Autowired SourceImporter importer;
    @Autowired LinkService links;
    @Autowired TimelineService timeline;
    @Autowired Fixtures fixtures;
    @Autowired org.factdesk.source.DocumentService documents;
    @Autowired org.factdesk.claim.ClaimService claims;
    @Autowired org.factdesk.review.ReviewService reviews;
    @Autowired org.factdesk.agreement.AgreementService agreement;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    private static String news(String title, String body) {
        return title + "\n\nMarch 4, 2026\n\n" + body + "\n";
    }

    private ProjectId story(String owner) {
        var project = fixtures.project("Timeline " + owner, fixtures.user(owner));
        fixtures.signIn(owner);
        put(project, "governor.txt", news("Governor on the Tarsk attack",
                "Gunmen killed 12 villagers in Tarsk on Monday, the regional governor said."));
        put(project, "police.txt", news("Police report from Tarsk",
                "Twelve villagers were killed by gunmen in Tarsk on Monday, police said."));
        put(project, "february.txt", news("Earlier attack recalled",
                "Gunmen killed seven villagers in Tarsk on 12 February, the governor said."));
        put(project, "orlov.txt", news("Attack in Orlov",
                "Gunmen killed 12 villagers in Orlov on 20 January, police said."));
        settled(project);
        return project;
    }

    private void put(ProjectId project, String file, String text) {
        importer.importOne(project, ImportRequest.file(file, "text/plain", text.getBytes(StandardCharsets.UTF_8)));
    }

    private void settled(ProjectId project) {
        await().pollInSameThread().atMost(Duration.ofSeconds(60))
                .until(() -> links.pending(project) == 0 && !timeline.updating(project));
    }

    private ClaimId claimSaying(ProjectId project, String words) {
        return fixtures.jdbc().sql("select id from claim where project_id = :p and quote like :q and not deleted")
                .param("p", project.value()).param("q", "%" + words + "%").query(Long.class).list().stream()
                .map(ClaimId::new).findFirst().orElseThrow(() -> new AssertionError("no claim saying " + words));
    }

    private TimelineEvent eventWith(Timeline t, ClaimId claim) {
        return t.events().stream().filter(e -> e.claims().stream().anyMatch(c -> c.claimId().equals(claim)))
                .findFirst().orElseThrow(() -> new AssertionError("no event with claim " + claim + " in " + t));
    }

    @Test
    void two_sources_reporting_the_same_killing_on_the_same_day_form_one_event_and_another_day_or_place_does_not() {
        var project = story("tl-group");
        var governor = claimSaying(project, "Gunmen killed 12 villagers in Tarsk");
        var police = claimSaying(project, "Twelve villagers");
        var february = claimSaying(project, "seven villagers");
        var orlov = claimSaying(project, "Orlov");

        var t = timeline.timeline(project, TimelineQuery.all());

        var monday = eventWith(t, governor);
        assertThat(monday.claims()).extracting(EventClaim::claimId).containsExactlyInAnyOrder(governor, police);
        assertThat(monday.date()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(monday.sources()).isEqualTo(2);
        assertThat(eventWith(t, february).claims()).extracting(EventClaim::claimId).containsExactly(february);
        assertThat(eventWith(t, february).date()).isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(eventWith(t, orlov).claims()).extracting(EventClaim::claimId).containsExactly(orlov);
        assertThat(t.events()).extracting(TimelineEvent::date).isSorted();
    }

    @Test
    void an_editor_merges_two_events_takes_a_claim_out_and_undoes_it_and_every_decision_is_kept() {
        var project = story("tl-decide");
        var governor = claimSaying(project, "Gunmen killed 12 villagers in Tarsk");
        var police = claimSaying(project, "Twelve villagers");
        var february = claimSaying(project, "seven villagers");

        var merged = timeline.merge(february, governor);
        assertThat(merged.claims()).extracting(EventClaim::claimId).contains(governor, police, february);
        assertThat(merged.date()).isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(merged.dateEnd()).isEqualTo(LocalDate.of(2026, 3, 2));

        timeline.detach(police);
        var t = timeline.timeline(project, TimelineQuery.all());
        assertThat(eventWith(t, police).claims()).hasSize(1);
        assertThat(eventWith(t, governor).claims()).extracting(EventClaim::claimId).containsExactlyInAnyOrder(governor, february);

        var decisions = timeline.decisions(project);
        assertThat(decisions).extracting(TimelineService.Decision::kind)
                .containsExactly(EventDecisionKind.MERGE, EventDecisionKind.DETACH);
        var merge = decisions.getFirst();
        timeline.undo(project, merge.id(), merge.version());

        t = timeline.timeline(project, TimelineQuery.all());
        assertThat(eventWith(t, february).claims()).hasSize(1);
        assertThat(timeline.decisions(project)).extracting(TimelineService.Decision::active).containsExactly(false, true);
        assertThat(fixtures.jdbc().sql("select count(*) from event_decision_revision").query(Long.class).single())
                .isEqualTo(3);
    }

    @Test
    void the_timeline_is_filtered_by_dates_and_source_and_a_stranger_sees_nothing() {
        var project = story("tl-filter");
        var orlov = claimSaying(project, "Orlov");

        var february = timeline.timeline(project, TimelineQuery.all().between(LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28)));
        assertThat(february.events()).extracting(TimelineEvent::date).containsExactly(LocalDate.of(2026, 2, 12));

        var document = fixtures.jdbc().sql("select document_id from claim where id = :id").param("id", orlov.value())
                .query(Long.class).single();
        var onlyOrlov = timeline.timeline(project, new TimelineQuery(null, null,
                new org.factdesk.source.DocumentId(document), null, null, null, false));
        assertThat(onlyOrlov.events()).singleElement()
                .satisfies(e -> assertThat(e.claims()).extracting(EventClaim::claimId).containsExactly(orlov));

        assertThatThrownBy(() -> timeline.timeline(project, TimelineQuery.all().between(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 2, 1)))).hasMessageContaining("start date is after the end date");

        fixtures.user("tl-stranger");
        fixtures.signIn("tl-stranger");
        assertThatThrownBy(() -> timeline.timeline(project, TimelineQuery.all())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_conflict_between_two_claims_of_an_event_is_listed_with_what_differs() {
        var project = fixtures.project("Timeline conflicts", fixtures.user("tl-conflict"));
        fixtures.signIn("tl-conflict");
        put(project, "a.txt", news("Bridge collapse", "Eleven people were injured when the Kestrel Bay footbridge "
                + "collapsed on Tuesday, the council said."));
        put(project, "b.txt", news("Bridge collapse injures dozens", "At least 14 people were injured when the Kestrel "
                + "Bay footbridge collapsed on Tuesday, witnesses said."));
        settled(project);

        var conflicts = timeline.timeline(project, new TimelineQuery(null, null, null, null, null, null, true));

        assertThat(conflicts.events()).singleElement().satisfies(e -> {
            assertThat(e.claims()).hasSize(2);
            assertThat(e.conflicts()).singleElement()
                    .satisfies(c -> assertThat(c.differences()).isNotEmpty());
        });
        assertThat(List.of(conflicts.events().getFirst().date())).containsExactly(LocalDate.of(2026, 3, 3));
    }

    @Test
    void a_new_document_date_moves_its_claims_events_once_they_are_resolved_again() {
        var project = story("tl-redate");
        var orlov = claimSaying(project, "Orlov");
        var governor = claimSaying(project, "Gunmen killed 12 villagers in Tarsk");
        var documentId = new org.factdesk.source.DocumentId(fixtures.jdbc()
                .sql("select document_id from claim where id = :id").param("id", governor.value()).query(Long.class)
                .single());
        var document = documents.get(documentId);
        var d = document.data();

        // a week later: the governor's "on Monday" is now the 9th
        documents.updateMetadata(documentId, document.version(), new org.factdesk.source.DocumentData(d.title(),
                d.outlet(), d.author(), LocalDate.of(2026, 3, 11), d.url(), d.sourceType()), document.language());
        settled(project);

        var t = timeline.timeline(project, TimelineQuery.all());
        var moved = eventWith(t, governor);
        assertThat(moved.claims()).filteredOn(c -> c.claimId().equals(governor)).singleElement()
                .satisfies(c -> assertThat(c.date()).isEqualTo(LocalDate.of(2026, 3, 9)));
        assertThat(moved.dateEnd()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(eventWith(t, orlov).date()).isEqualTo(LocalDate.of(2026, 1, 20));
    }

    @Test
    void a_deleted_claim_leaves_its_event_and_a_dismissed_one_too() {
        var project = story("tl-delete");
        var governor = claimSaying(project, "Gunmen killed 12 villagers in Tarsk");
        var police = claimSaying(project, "Twelve villagers");
        var orlov = claimSaying(project, "Orlov");

        claims.delete(police, claims.get(police).version());
        claims.setStatus(orlov, claims.get(orlov).version(), org.factdesk.claim.ClaimStatus.DISMISSED);
        settled(project);

        var t = timeline.timeline(project, TimelineQuery.all());
        assertThat(eventWith(t, governor).claims()).extracting(EventClaim::claimId).containsExactly(governor);
        assertThat(t.events()).flatExtracting(TimelineEvent::claims).extracting(EventClaim::claimId)
                .doesNotContain(police, orlov);
    }

    @Test
    void a_reviewer_judging_a_claim_blind_sees_no_verdict_of_it_on_the_timeline_nor_finds_it_by_verdict() {
        var project = story("tl-blind");
        var governor = claimSaying(project, "Gunmen killed 12 villagers in Tarsk");
        var level = reviews.scale(project).levels().getFirst();
        reviews.save(governor, reviews.get(governor).version(),
                org.factdesk.review.ReviewData.empty().withVerdictId(level.id()));
        var r1 = fixtures.user("tl-blind-r1");
        var r2 = fixtures.user("tl-blind-r2");
        fixtures.member(project, r1, org.factdesk.team.ProjectRole.REVIEWER);
        fixtures.member(project, r2, org.factdesk.team.ProjectRole.REVIEWER);
        agreement.start(project, "Blind", org.factdesk.agreement.RoundSelection.of(List.of(governor)), List.of(r1, r2));
        var byVerdict = new TimelineQuery(null, null, null, null, null, level.id(), false);
        assertThat(timeline.timeline(project, byVerdict).events()).hasSize(1);

        fixtures.signIn("tl-blind-r1");
        var seen = eventWith(timeline.timeline(project, TimelineQuery.all()), governor).claims().stream()
                .filter(c -> c.claimId().equals(governor)).findFirst().orElseThrow();
        assertThat(seen.verdict()).isNull();
        assertThat(seen.verdictColor()).isNull();
        assertThat(timeline.timeline(project, byVerdict).events()).isEmpty();
    }
}
