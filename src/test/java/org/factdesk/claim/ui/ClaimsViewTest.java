package org.factdesk.claim.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import org.factdesk.KaribuViewTest;
import org.factdesk.claim.ClaimRow;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClaimsViewTest extends KaribuViewTest {

    @Autowired SourceImporter importer;

    @Test
    @SuppressWarnings("unchecked")
    void all_claims_of_a_project_are_listed_and_filtered() {
        var project = fixtures.project("Claims list", fixtures.user("cv-owner"));
        signIn("cv-owner");
        importer.importOne(project, ImportRequest.file("a.txt", "text/plain", """
                Dock workers walked out on Monday, the union said, and at least 300 ferry crossings were cancelled.

                The harbour master said on Tuesday that the strike was illegal and that police had arrested two men.
                """.getBytes(StandardCharsets.UTF_8)));

        navigate("projects/" + project + "/claims");
        Grid<ClaimRow> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(2);

        _setValue(_get(Checkbox.class, spec -> spec.withLabel("With a figure")), true);
        assertThat(GridKt._size(grid)).isEqualTo(2);
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Search claims")), "arrested");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).quote()).contains("arrested two men");
        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Claimant")), "union");
        assertThat(GridKt._size(grid)).isZero();
    }

    @Autowired org.factdesk.claim.ClaimService claims;
    @Autowired org.factdesk.review.ReviewService reviews;

    @Test
    @SuppressWarnings("unchecked")
    void the_list_counts_sorts_both_ways_keeps_its_filter_in_the_address_and_opens_the_reader_at_the_claim() {
        var project = fixtures.project("Claims list 2", fixtures.user("cv-list2"));
        signIn("cv-list2");
        var doc = importer.importOne(project, ImportRequest.file("b.txt", "text/plain", """
                Dock workers walked out on Monday, the union said, and at least 300 ferry crossings were cancelled.

                The harbour master said on Tuesday that the strike was illegal and that police had arrested two men.
                """.getBytes(StandardCharsets.UTF_8))).documentId();
        var all = claims.forDocument(doc);
        long mixed = reviews.scale(project).byLabel("Mixed").orElseThrow().id();
        reviews.save(all.getFirst().id(), 0, new org.factdesk.review.ReviewData(mixed, "", null, null,
                java.util.List.of("strike"), fixtures.signIn("cv-list2").userId(), null));

        navigate("projects/" + project + "/claims");
        Grid<ClaimRow> grid = _get(Grid.class);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("fd-result-count")).getText())
                .isEqualTo("2 claims");
        grid.sort(java.util.List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("score"),
                com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        int first = GridKt._get(grid, 0).score();
        grid.sort(java.util.List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("score"),
                com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
        assertThat(GridKt._get(grid, 0).score()).isGreaterThanOrEqualTo(first);
        assertThat(GridKt._get(grid, GridKt._size(grid) - 1).score()).isLessThanOrEqualTo(first);

        _setValue(_get(TextField.class, spec -> spec.withPlaceholder("Tag")), "strike");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._get(grid, 0).verdict()).isEqualTo("Mixed");
        assertThat(GridKt._get(grid, 0).assignee()).isEqualTo("Cv-list2");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("fd-result-count")).getText())
                .isEqualTo("1 claim");

        // Back from the reader: the address carries the filter, and the page shows it again
        navigate("projects/" + project + "/claims?tag=strike&verdict=" + mixed);
        grid = _get(Grid.class);
        assertThat(_get(TextField.class, spec -> spec.withPlaceholder("Tag")).getValue()).isEqualTo("strike");
        assertThat(GridKt._size(grid)).isEqualTo(1);

        GridKt._clickItem(grid, 0);
        var reader = _get(ReaderView.class);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getQueryParameters()
                .getSingleParameter("claim")).hasValue(all.getFirst().id().toString());
        assertThat(reader).isNotNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void selected_claims_change_status_together_and_refusals_are_named() {
        var project = fixtures.project("Claims bulk", fixtures.user("cv-bulk"));
        signIn("cv-bulk");
        importer.importOne(project, ImportRequest.file("c.txt", "text/plain", """
                Dock workers walked out on Monday, the union said, and at least 300 ferry crossings were cancelled.

                The harbour master said on Tuesday that the strike was illegal and that police had arrested two men.
                """.getBytes(StandardCharsets.UTF_8)));
        navigate("projects/" + project + "/claims");
        Grid<ClaimRow> grid = _get(Grid.class);
        grid.asMultiSelect().select(GridKt._get(grid, 0), GridKt._get(grid, 1));

        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Dismiss")));

        assertThat(claims.count(project, new org.factdesk.claim.ClaimQuery(null, null,
                org.factdesk.claim.ClaimStatus.DISMISSED, null, null, null, null, null))).isEqualTo(2);
    }
}
