package org.factdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.PermissionDeniedException;
import org.factdesk.source.DocumentId;
import org.factdesk.source.DocumentService;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FactdeskIntegrationTest
class ClaimServiceIntegrationTest {

    static final String STORY = """
            By Jane Roe

            Footbridge collapse injures 14

            March 4, 2026

            KESTREL BAY- At least 14 people were injured on Tuesday when the footbridge collapsed, fire chief Dana Okoro said.

            The bridge appears in 1987 postcards and was painted blue.

            Do you remember the bridge?
            """;

    @Autowired SourceImporter importer;
    @Autowired DocumentService documents;
    @Autowired ClaimService claims;
    @Autowired Fixtures fixtures;

    ProjectId project;
    DocumentId document;
    static int counter;

    @BeforeEach
    void importStory() {
        String login = "claims" + (++counter);
        project = fixtures.project("Claims " + counter, fixtures.user(login));
        fixtures.signIn(login);
        var result = importer.importOne(project, ImportRequest.file("story.txt", "text/plain",
                STORY.getBytes(StandardCharsets.UTF_8)));
        document = result.documentId();
    }

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void import_extracts_scored_claims_with_reasons_and_facts() {
        var found = claims.forDocument(document);

        assertThat(found).hasSize(1);
        var claim = found.getFirst().data();
        assertThat(claim.quote()).isEqualTo("At least 14 people were injured on Tuesday when the footbridge collapsed, "
                + "fire chief Dana Okoro said.");
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUGGESTED);
        assertThat(claim.score()).isGreaterThanOrEqualTo(claims.threshold());
        assertThat(claim.signals()).extracting(Signal::label)
                .contains("figure: At least 14 people", "casualties: injured");
        var quantity = claim.facts().quantities().getFirst();
        assertThat(quantity.value()).isEqualTo(14);
        assertThat(quantity.qualifier()).isEqualTo("at least");
        assertThat(claim.facts().dates().getFirst().date()).isEqualTo(java.time.LocalDate.of(2026, 3, 3));
        assertThat(claim.facts().claimant()).isEqualTo("fire chief Dana Okoro");
        String text = documents.currentText(document).text();
        assertThat(text.substring(claim.span().start(), claim.span().end())).isEqualTo(claim.quote());
        assertThat(claim.prefix()).isEqualTo(text.substring(claim.span().start() - 32, claim.span().start()));
    }

    @Test
    void an_editor_marks_adjusts_splits_merges_and_deletes_claims_with_history() {
        String text = documents.currentText(document).text();
        int start = text.indexOf("The bridge appears");
        var manual = claims.create(document, start - 2, start + "The bridge appears in 1987 postcards and was painted blue.".length());

        assertThat(manual.data().quote()).isEqualTo("The bridge appears in 1987 postcards and was painted blue.");
        assertThat(manual.data().origin()).isEqualTo(ClaimOrigin.MANUAL);
        assertThat(manual.data().status()).isEqualTo(ClaimStatus.TO_CHECK);

        int splitAt = text.indexOf(" and was painted");
        var parts = claims.split(manual.id(), manual.version(), splitAt);
        assertThat(parts).extracting(c -> c.data().quote())
                .containsExactly("The bridge appears in 1987 postcards", "and was painted blue.");

        var merged = claims.merge(parts.get(0).id(), parts.get(1).id());
        assertThat(merged.data().quote()).isEqualTo("The bridge appears in 1987 postcards and was painted blue.");
        assertThat(claims.forDocument(document)).hasSize(2);

        var shrunk = claims.adjust(merged.id(), merged.version(), start, start + "The bridge appears in 1987 postcards".length());
        assertThat(shrunk.data().quote()).isEqualTo("The bridge appears in 1987 postcards");

        claims.delete(shrunk.id(), shrunk.version());
        assertThat(claims.forDocument(document)).hasSize(1);
        assertThatThrownBy(() -> claims.get(shrunk.id())).isInstanceOf(NotFoundException.class);
        fixtures.signIn(fixtures.signIn("claims" + counter).getUsername());
        assertThat(historyActions(shrunk.id())).containsExactly("created", "span", "span", "merged", "span", "deleted");
    }

    java.util.List<String> historyActions(ClaimId id) {
        // deleted claims are out of the service's reach, so their history is read directly
        return jdbc.sql("select action from claim_revision where claim_id = :id order by id").param("id", id.value())
                .query(String.class).list();
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void a_selection_that_cuts_words_takes_the_whole_words() {
        String text = documents.currentText(document).text();
        int start = text.indexOf("bridge appears") + 2;
        var claim = claims.create(document, start, text.indexOf("1987") + 6);
        assertThat(claim.data().quote()).isEqualTo("bridge appears in 1987 postcards");
    }

    @Test
    void accepting_and_dismissing_change_the_status_and_bad_spans_are_refused() {
        var claim = claims.forDocument(document).getFirst();

        var accepted = claims.setStatus(claim.id(), claim.version(), ClaimStatus.TO_CHECK);
        assertThat(accepted.data().status()).isEqualTo(ClaimStatus.TO_CHECK);
        var dismissed = claims.setStatus(accepted.id(), accepted.version(), ClaimStatus.DISMISSED);
        assertThat(dismissed.data().status()).isEqualTo(ClaimStatus.DISMISSED);

        assertThatThrownBy(() -> claims.create(document, 5, 5)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> claims.create(document, 0, 100_000)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> claims.setStatus(claim.id(), claim.version(), ClaimStatus.IN_PROGRESS))
                .isInstanceOf(org.factdesk.base.ConflictException.class);
    }

    @Test
    void a_new_version_re_anchors_claims_and_orphans_those_whose_sentence_is_gone() {
        String text = documents.currentText(document).text();
        int start = text.indexOf("The bridge appears");
        var manual = claims.create(document, start, start + "The bridge appears in 1987 postcards and was painted blue.".length());

        String v2 = "UPDATE: corrected figures.\n\n" + STORY.replace("The bridge appears in 1987 postcards and was painted blue.\n", "");
        var result = importer.importOne(project, ImportRequest.newVersion(document, "story-v2.txt", "text/plain",
                v2.getBytes(StandardCharsets.UTF_8)));
        assertThat(result.version()).isEqualTo(2);

        var after = claims.forDocument(document);
        var moved = after.stream().filter(c -> c.data().quote().startsWith("At least 14")).findFirst().orElseThrow();
        assertThat(moved.data().anchor()).isEqualTo(AnchorState.MOVED);
        assertThat(moved.data().documentVersion()).isEqualTo(2);
        String newText = documents.currentText(document).text();
        assertThat(newText.substring(moved.data().span().start(), moved.data().span().end())).isEqualTo(moved.data().quote());
        var orphan = claims.get(manual.id());
        assertThat(orphan.data().anchor()).isEqualTo(AnchorState.ORPHANED);
    }

    @Test
    void viewers_read_claims_but_cannot_change_them() {
        var viewer = fixtures.user("claims-viewer" + counter);
        fixtures.member(project, viewer, ProjectRole.VIEWER);
        var claim = claims.forDocument(document).getFirst();
        fixtures.signIn("claims-viewer" + counter);

        assertThat(claims.forDocument(document)).hasSize(1);
        assertThatThrownBy(() -> claims.setStatus(claim.id(), claim.version(), ClaimStatus.DISMISSED))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> claims.create(document, 0, 20)).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void the_project_list_filters_by_status_score_figure_text_and_claimant() {
        var claim = claims.forDocument(document).getFirst();
        String text = documents.currentText(document).text();
        int start = text.indexOf("The bridge appears");
        claims.create(document, start, start + "The bridge appears in 1987 postcards and was painted blue.".length());

        assertThat(claims.count(project, ClaimQuery.all())).isEqualTo(2);
        assertThat(claims.find(project, new ClaimQuery(null, null, ClaimStatus.SUGGESTED, null, null, null, null, null),
                ClaimSort.SCORE, 0, 10)).extracting(ClaimRow::id).containsExactly(claim.id());
        assertThat(claims.count(project, new ClaimQuery(null, null, null, null, null, "footbridge collapsed", null, null)))
                .isEqualTo(1);
        assertThat(claims.count(project, new ClaimQuery(null, null, null, null, null, null, true, null))).isEqualTo(1);
        assertThat(claims.count(project, new ClaimQuery(null, null, null, null, null, null, null, "okoro"))).isEqualTo(1);
        assertThat(claims.count(project, new ClaimQuery(null, null, null, 90, 100, null, null, null)))
                .isEqualTo((int) claims.forDocument(document).stream().filter(c -> c.data().score() >= 90).count());
    }
}
