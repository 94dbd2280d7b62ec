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
}
