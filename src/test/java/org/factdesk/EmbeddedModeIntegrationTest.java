package org.factdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.factdesk.base.database.DataDirectoryInUseException;
import org.factdesk.base.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The app as a newcomer starts it: no database configured, so it runs its own, and keeps the data. */
class EmbeddedModeIntegrationTest {

    @TempDir Path dataDir;

    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(FactdeskApplication.class)
                .run("--factdesk.data-dir=" + dataDir, "--server.port=0", "--spring.datasource.url=");
    }

    static long count(ConfigurableApplicationContext app, String sql) {
        return app.getBean(JdbcClient.class).sql(sql).query(Long.class).single();
    }

    @Test
    void a_first_start_sets_up_admin_and_demo_and_a_restart_keeps_everything() throws Exception {
        try (var app = start()) {
            assertThat(app.getBean(EmbeddedPostgresServer.class)).isNotNull();
            assertThat(count(app, "select count(*) from app_user where login = 'admin'")).isEqualTo(1);
            assertThat(count(app, "select count(*) from project")).isEqualTo(1);
            assertThat(count(app, "select count(*) from document")).isEqualTo(5);
            app.getBean(JdbcClient.class).sql("update project set name = 'Renamed before restart'").update();
        }
        assertThat(Files.readString(dataDir.resolve("initial-admin-password")).strip()).isNotEmpty();
        assertThat(dataDir.resolve("db/PG_VERSION")).exists();

        try (var app = start()) {
            assertThat(count(app, "select count(*) from app_user")).isEqualTo(1);
            assertThat(app.getBean(JdbcClient.class).sql("select name from project").query(String.class).list())
                    .containsExactly("Renamed before restart");
        }
    }

    @Test
    void the_application_works_as_a_role_that_is_no_superuser_and_cannot_run_programs() {
        try (var app = start()) {
            var jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class)
                    .single()).isFalse();
            assertThat(jdbc.sql("select tableowner from pg_tables where tablename = 'app_user'").query(String.class)
                    .single()).isEqualTo(jdbc.sql("select current_user").query(String.class).single());
            assertThatThrownBy(() -> jdbc.sql("copy (select 1) to program 'id'").update())
                    .rootCause().hasMessageContaining("permission denied");
        }
    }

    @Test
    void a_second_instance_on_a_data_directory_in_use_stops_with_a_clear_message() {
        try (var first = start()) {
            assertThatThrownBy(this::start)
                    .satisfies(failure -> {
                        boolean inUse = false;
                        for (Throwable t = failure; t != null; t = t.getCause()) {
                            inUse |= t instanceof DataDirectoryInUseException;
                        }
                        assertThat(inUse).as("cause chain has DataDirectoryInUseException").isTrue();
                    });
            assertThat(count(first, "select count(*) from app_user")).isEqualTo(1);
        }
    }
}
