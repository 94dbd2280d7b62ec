package org.factdesk.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import org.factdesk.KaribuViewTest;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.source.DocumentId;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReaderViewTest extends KaribuViewTest {

    static final String STORY = """
            Ferry strike

            Dock workers walked out on Monday, the union said, and at least 300 ferry crossings were cancelled.

            The harbour master said the strike could last a week.

            Nobody knows.
            """;

    @Autowired SourceImporter importer;
    @Autowired ClaimService claims;

    DocumentId importStory(String login) {
        var project = fixtures.project("Reader " + login, fixtures.user(login));
        signIn(login);
        return importer.importOne(project, ImportRequest.file("story.txt", "text/plain",
                STORY.getBytes(StandardCharsets.UTF_8))).documentId();
    }

    @Test
    void claims_are_highlighted_in_the_text_and_listed_beside_it() {
        var document = importStory("rv-reader");
        var found = claims.forDocument(document);
        assertThat(found).isNotEmpty();

        navigate("documents/" + document);

        var highlighted = _find(Span.class, spec -> spec.withClasses("fd-claim"));
        assertThat(highlighted).extracting(Span::getText).contains(found.getFirst().data().quote());
        assertThat(highlighted.getFirst().getElement().getAttribute("data-claim")).isEqualTo(found.getFirst().id().toString());
        assertThat(_find(ClaimCard.class)).hasSize(found.size());
        assertThat(_find(Span.class, spec -> spec.withClasses("fd-signal"))).extracting(Span::getText)
                .contains("figure: at least 300 ferry crossings");
    }

    @Test
    void selecting_a_claim_and_accepting_it_with_the_keyboard_changes_its_status() {
        var document = importStory("rv-keys");
        navigate("documents/" + document);
        var view = _get(ReaderView.class);

        view.select(view.visibleClaims().getFirst().id(), true);
        assertThat(_get(ClaimCard.class, spec -> spec.withClasses("fd-selected"))).isNotNull();
        _click(_get(ClaimCard.class, spec -> spec.withClasses("fd-selected")).actions.getChildren()
                .map(Button.class::cast).filter(b -> b.getText().equals("Accept")).findFirst().orElseThrow());

        assertThat(claims.forDocument(document).getFirst().data().status()).isEqualTo(ClaimStatus.TO_CHECK);
    }

    @Test
    void opened_at_a_dismissed_claim_the_reader_shows_all_statuses_so_that_the_claim_is_there_and_selected() {
        var document = importStory("rv-dismissed");
        var first = claims.forDocument(document).getFirst();
        claims.setStatus(first.id(), first.version(), ClaimStatus.DISMISSED);

        navigate("documents/" + document + "?claim=" + first.id());

        assertThat(_get(ClaimCard.class, spec -> spec.withClasses("fd-selected")).claim.id()).isEqualTo(first.id());
    }

    @Test
    void the_counter_follows_accepting_by_key_the_history_reads_in_words_and_the_list_can_open_it_at_a_claim() {
        var document = importStory("rv-count");
        var first = claims.forDocument(document).getFirst();
        navigate("documents/" + document + "?claim=" + first.id());
        var view = _get(ReaderView.class);
        assertThat(_get(ClaimCard.class, spec -> spec.withClasses("fd-selected")).claim.id()).isEqualTo(first.id());
        var summary = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withClasses("fd-claim-list-summary"));
        assertThat(summary.getText()).contains("suggested");

        view.pressKey("a");

        long suggested = claims.forDocument(document).stream().filter(c -> c.data().status() == ClaimStatus.SUGGESTED)
                .count();
        assertThat(summary.getText()).isEqualTo(view.visibleClaims().size() + " of " + claims.forDocument(document).size()
                + " claims shown" + (suggested > 0 ? " · " + suggested + " suggested" : ""));

        view.select(first.id(), false);
        _click(_get(ClaimCard.class, spec -> spec.withClasses("fd-selected")).actions.getChildren()
                .map(Button.class::cast).filter(b -> b.getText().equals("History")).findFirst().orElseThrow());
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<org.factdesk.claim.ClaimRevision>) _get(
                _get(com.vaadin.flow.component.dialog.Dialog.class), com.vaadin.flow.component.grid.Grid.class);
        var words = com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, grid.getGenericDataView().getItems()
                .toList().size() - 1, "change");
        assertThat(words).doesNotContain("{").contains("Status: Suggested → To check");
    }

    @Test
    void filters_hide_low_scores_and_dismissed_claims() {
        var document = importStory("rv-filter");
        var claim = claims.forDocument(document).getFirst();
        claims.setStatus(claim.id(), claim.version(), ClaimStatus.DISMISSED);

        navigate("documents/" + document);

        assertThat(_get(ReaderView.class).visibleClaims()).noneMatch(c -> c.id().equals(claim.id()));
    }

    @Test
    void viewers_see_claims_but_no_editing_actions() {
        var owner = fixtures.user("rv-owner");
        var viewer = fixtures.user("rv-viewer");
        var project = fixtures.project("Reader for viewers", owner);
        fixtures.member(project, viewer, ProjectRole.VIEWER);
        signIn("rv-owner");
        var document = importer.importOne(project, ImportRequest.file("story.txt", "text/plain",
                STORY.getBytes(StandardCharsets.UTF_8))).documentId();
        signIn("rv-viewer");

        navigate("documents/" + document);

        assertThat(_find(ClaimCard.class)).isNotEmpty();
        _assertNone(Button.class, spec -> spec.withText("Make claim"));
        _assertNone(Button.class, spec -> spec.withText("Accept"));
        _assertNone(Button.class, spec -> spec.withText("Find claims again"));
    }

    @Test
    void the_selection_json_from_the_browser_is_read_defensively() {
        assertThat(TextSelection.parse("{\"start\":3,\"end\":9}")).hasValueSatisfying(s -> {
            assertThat(s[0]).isEqualTo(3);
            assertThat(s[1]).isEqualTo(9);
        });
        assertThat(TextSelection.parse("null")).isEmpty();
        assertThat(TextSelection.parse(null)).isEmpty();
    }
}
