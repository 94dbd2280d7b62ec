package org.factdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.base.FactdeskProperties;
import org.factdesk.base.database.DatabaseMode;
import org.factdesk.team.InitialAdminCreated;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectService;
import org.factdesk.team.SystemTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FactdeskIntegrationTest
class DemoProjectIntegrationTest {

    @Autowired SystemTasks system;
    @Autowired ProjectService projects;
    @Autowired DocumentService documents;
    @Autowired SourceImporter importer;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    DemoProject demo(Boolean enabled, DatabaseMode mode) {
        return new DemoProject(new FactdeskProperties(null, enabled, null, null), mode, system, projects, importer, documents);
    }

    @Test
    void a_first_start_gives_the_admin_a_demo_project_with_five_disagreeing_sources() {
        var admin = fixtures.admin("demo-admin");

        demo(null, DatabaseMode.EMBEDDED).on(new InitialAdminCreated(admin));

        fixtures.signIn("demo-admin");
        var mine = projects.listMine(false);
        assertThat(mine).extracting(MyProject::name).containsExactly(DemoProject.NAME);
        var sources = documents.list(mine.getFirst().id());
        assertThat(sources).hasSize(5);
        assertThat(sources).extracting(d -> d.data().outlet()).doesNotHaveDuplicates();
        String allText = sources.stream().map(d -> documents.currentText(d.id()).text()).reduce("", String::concat);
        assertThat(allText).contains("At least 14 people", "Twelve people", "Eleven people", "More than 20 people");
    }

    @Autowired org.factdesk.claim.ClaimService claims;

    @Test
    void the_demo_couriers_relative_dates_resolve_against_its_own_date_once_it_is_set() {
        var admin = fixtures.admin("demo-dates");
        demo(null, DatabaseMode.EMBEDDED).on(new InitialAdminCreated(admin));
        fixtures.signIn("demo-dates");
        var courier = documents.list(projects.listMine(false).getFirst().id()).stream()
                .filter(d -> "Kestrel Bay Courier".equals(d.data().outlet())).findFirst().orElseThrow();
        assertThat(courier.data().publishedOn()).isEqualTo(java.time.LocalDate.of(2026, 3, 4));

        var dates = claims.forDocument(courier.id()).stream().flatMap(c -> c.data().facts().dates().stream()).toList();
        assertThat(dates).filteredOn(d -> d.raw().contains("3 March")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.date()).isEqualTo(java.time.LocalDate.of(2026, 3, 3)));
        assertThat(dates).filteredOn(d -> d.raw().contains("Tuesday")).isNotEmpty()
                .allSatisfy(d -> assertThat(d.date()).isEqualTo(java.time.LocalDate.of(2026, 3, 3)));
    }

    @Test
    void the_demo_is_off_when_asked_and_by_default_on_an_external_database() {
        var admin = fixtures.admin("demo-off");
        long before = fixtures.count("project");

        demo(false, DatabaseMode.EMBEDDED).on(new InitialAdminCreated(admin));
        demo(null, DatabaseMode.EXTERNAL).on(new InitialAdminCreated(admin));

        assertThat(fixtures.count("project")).as("no demo project was made").isEqualTo(before);
    }
}
