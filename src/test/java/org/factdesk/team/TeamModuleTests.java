package org.factdesk.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdesk.CleanDatabaseExtension;
import org.factdesk.Fixtures;
import org.factdesk.base.PermissionDeniedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The team module on its own: whoever creates a project owns it, and roles decide who may change it. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@Import(Fixtures.class)
@ExtendWith(CleanDatabaseExtension.class)
class TeamModuleTests {

    @Autowired ProjectService projects;
    @Autowired ProjectAccess access;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void the_creator_of_a_project_owns_it_and_a_viewer_may_read_but_not_edit() {
        fixtures.user("tm-owner");
        fixtures.user("tm-viewer");
        fixtures.signIn("tm-owner");

        var project = projects.create("Harbour fire", "Claims about the depot fire");
        var viewer = projects.addMember(project.id(), "tm-viewer", ProjectRole.VIEWER);

        assertThat(projects.members(project.id())).extracting(Member::role)
                .containsExactlyInAnyOrder(ProjectRole.OWNER, ProjectRole.VIEWER);
        fixtures.signIn("tm-viewer");
        assertThat(projects.listMine(false)).extracting(MyProject::id).containsExactly(project.id());
        assertThat(viewer.role()).isEqualTo(ProjectRole.VIEWER);
        assertThatThrownBy(() -> access.requireEdit(project.id())).isInstanceOf(PermissionDeniedException.class);
    }
}
