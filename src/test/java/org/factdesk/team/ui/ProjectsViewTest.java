package org.factdesk.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.factdesk.KaribuViewTest;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.Test;

class ProjectsViewTest extends KaribuViewTest {

    @SuppressWarnings("unchecked")
    private Grid<MyProject> grid() {
        return _get(Grid.class);
    }

    @Test
    void lists_only_the_users_projects() {
        var ann = fixtures.user("pv-ann");
        var bob = fixtures.user("pv-bob");
        fixtures.project("Ann's story", ann);
        fixtures.project("Bob's story", bob);
        signIn("pv-ann");

        navigate("");

        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).name()).isEqualTo("Ann's story");
    }

    @Test
    void creating_a_project_lists_it_with_the_creator_as_owner() {
        fixtures.user("pv-cat");
        signIn("pv-cat");
        navigate("");

        _click(_get(Button.class, spec -> spec.withText("New project")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Flood warnings");
        _click(_get(Button.class, spec -> spec.withText("Create")));

        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).name()).isEqualTo("Flood warnings");
        assertThat(GridKt._get(grid(), 0).role()).isEqualTo(ProjectRole.OWNER);
    }

    @Test
    void a_viewer_gets_no_rename_or_archive_actions() {
        var owner = fixtures.user("pv-own");
        var viewer = fixtures.user("pv-view");
        var project = fixtures.project("Read-only story", owner);
        fixtures.member(project, viewer, ProjectRole.VIEWER);
        signIn("pv-view");
        navigate("");

        var row = GridKt._getCellComponent(grid(), 0, "actions");
        assertThat(_find(row, Button.class)).extracting(Button::getText).containsExactly("Open");
    }
}
