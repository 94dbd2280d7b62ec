package org.factdesk.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.factdesk.KaribuViewTest;
import org.factdesk.team.Member;
import org.factdesk.team.ProjectRole;
import org.factdesk.team.User;
import org.junit.jupiter.api.Test;

class ProjectMembersViewTest extends KaribuViewTest {

    @SuppressWarnings("unchecked")
    private Grid<Member> grid() {
        return _get(Grid.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_owner_adds_a_viewer() {
        var owner = fixtures.user("mv-owner");
        fixtures.user("mv-vera");
        var project = fixtures.project("Members story", owner);
        signIn("mv-owner");
        navigate("projects/" + project + "/members");

        ComboBox<User> who = _get(ComboBox.class, spec -> spec.withLabel("Add a person"));
        _setValue(who, who.getListDataView().getItems().filter(u -> u.data().login().equals("mv-vera"))
                .findFirst().orElseThrow());
        Select<ProjectRole> role = _get(Select.class, spec -> spec.withLabel("Role"));
        _setValue(role, ProjectRole.VIEWER);
        _click(_get(Button.class, spec -> spec.withText("Add")));

        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._get(grid(), 1).role()).isEqualTo(ProjectRole.VIEWER);
    }

    @Test
    void a_viewer_sees_the_members_but_no_edit_actions() {
        var owner = fixtures.user("mv-own2");
        var viewer = fixtures.user("mv-view2");
        var project = fixtures.project("Viewer story", owner);
        fixtures.member(project, viewer, ProjectRole.VIEWER);
        signIn("mv-view2");

        navigate("projects/" + project + "/members");

        assertThat(GridKt._size(grid())).isEqualTo(2);
        var view = _get(ProjectMembersView.class);
        _assertNone(view, ComboBox.class);
        _assertNone(view, Select.class);
        _assertNone(view, Button.class, spec -> spec.withText("Remove"));
        _assertNone(view, Button.class, spec -> spec.withText("Add"));
    }

    @Test
    void a_non_member_typing_the_url_gets_not_found() {
        var owner = fixtures.user("mv-own3");
        fixtures.user("mv-stranger");
        var project = fixtures.project("Private story", owner);
        signIn("mv-stranger");

        navigate("projects/" + project + "/members");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ProjectNotFoundView.class);
        _assertNone(Grid.class);
    }

    @Test
    void a_project_id_that_is_not_a_number_is_not_found_either() {
        fixtures.user("mv-typo");
        signIn("mv-typo");

        navigate("projects/abc/members");

        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ProjectNotFoundView.class);
    }
}
