package org.factdesk.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.base.ConflictException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.PermissionDeniedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@FactdeskIntegrationTest
class ProjectServiceIntegrationTest {

    @Autowired ProjectService projects;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void a_new_project_has_its_creator_as_owner_and_is_audited() {
        fixtures.user("olga");
        fixtures.signIn("olga");

        var created = projects.create("  Harbour fire  ", "Who started it?");

        assertThat(created.name()).isEqualTo("Harbour fire");
        assertThat(created.role()).isEqualTo(ProjectRole.OWNER);
        assertThat(projects.listMine(false)).extracting(MyProject::name).containsExactly("Harbour fire");
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'project' order by id")
                .query(String.class).list()).containsExactly("created");
    }

    @Test
    void users_see_only_the_projects_they_belong_to() {
        var olga = fixtures.user("olga2");
        var paul = fixtures.user("paul2");
        fixtures.project("Olga's story", olga);
        var paulsProject = fixtures.project("Paul's story", paul);

        fixtures.signIn("olga2");

        assertThat(projects.listMine(true)).extracting(MyProject::name).containsExactly("Olga's story");
        assertThatThrownBy(() -> projects.get(paulsProject)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> projects.members(paulsProject)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_viewer_can_read_but_change_nothing() {
        var owner = fixtures.user("owner3");
        var viewer = fixtures.user("viewer3");
        fixtures.user("third3");
        var project = fixtures.project("Budget vote", owner);
        fixtures.member(project, viewer, ProjectRole.VIEWER);

        fixtures.signIn("viewer3");
        var seen = projects.get(project);

        assertThat(seen.role()).isEqualTo(ProjectRole.VIEWER);
        assertThat(projects.members(project)).hasSize(2);
        assertThatThrownBy(() -> projects.rename(project, seen.project().version(), "Renamed", ""))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> projects.setArchived(project, seen.project().version(), true))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> projects.addMember(project, "third3", ProjectRole.EDITOR))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> projects.removeMember(project, owner, 0))
                .isInstanceOf(PermissionDeniedException.class);
        fixtures.signIn("owner3");
        assertThat(projects.members(project)).extracting(Member::login).containsExactly("owner3", "viewer3");
    }

    @Test
    void owners_manage_members_and_every_change_is_audited() {
        var owner = fixtures.user("owner4");
        var eve = fixtures.user("eve4");
        var project = fixtures.project("Election night", owner);
        fixtures.signIn("owner4");

        var added = projects.addMember(project, "EVE4", ProjectRole.VIEWER);
        var changed = projects.changeRole(project, eve, added.version(), ProjectRole.REVIEWER);
        projects.removeMember(project, eve, changed.version());

        assertThat(added.role()).isEqualTo(ProjectRole.VIEWER);
        assertThat(changed.role()).isEqualTo(ProjectRole.REVIEWER);
        assertThat(projects.members(project)).extracting(Member::login).containsExactly("owner4");
        assertThat(jdbc.sql("select action from audit_event where entity_type = 'membership' order by id")
                .query(String.class).list()).containsExactly("added", "role-changed", "removed");
    }

    @Test
    void the_last_owner_cannot_leave_or_be_demoted() {
        var owner = fixtures.user("owner5");
        var project = fixtures.project("Solo", owner);
        fixtures.signIn("owner5");

        assertThatThrownBy(() -> projects.changeRole(project, owner, 0, ProjectRole.EDITOR))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one owner");
        assertThatThrownBy(() -> projects.removeMember(project, owner, 0))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_stale_version_is_a_conflict_not_a_silent_overwrite() {
        var owner = fixtures.user("owner6");
        var project = fixtures.project("Versions", owner);
        fixtures.signIn("owner6");
        var read = projects.get(project);

        projects.rename(project, read.project().version(), "First rename", "");

        assertThatThrownBy(() -> projects.rename(project, read.project().version(), "Second rename", ""))
                .isInstanceOf(ConflictException.class);
        assertThat(projects.get(project).name()).isEqualTo("First rename");
    }

    @Test
    void an_archived_project_is_read_only_for_content() {
        var owner = fixtures.user("owner7");
        var project = fixtures.project("Old story", owner);
        fixtures.signIn("owner7");
        projects.setArchived(project, 0, true);

        assertThat(projects.listMine(false)).isEmpty();
        assertThat(projects.listMine(true)).hasSize(1);
    }

    @Test
    void a_project_needs_a_name() {
        fixtures.user("owner8");
        fixtures.signIn("owner8");

        assertThatThrownBy(() -> projects.create("   ", "")).isInstanceOf(InvalidInputException.class);
        assertThat(projects.listMine(true)).isEmpty();
    }
}
