package org.factdesk.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerIntegrationTest {

    @TempDir Path dataDir;

    @Test
    void data_survives_a_restart() throws Exception {
        try (var server = EmbeddedPostgresServer.start(dataDir)) {
            try (var c = DriverManager.getConnection(server.jdbcUrl(), server.appUser(), server.appPassword()); var s = c.createStatement()) {
                s.execute("create table note (text text)");
                s.execute("insert into note values ('still here')");
            }
        }
        try (var server = EmbeddedPostgresServer.start(dataDir);
             var c = DriverManager.getConnection(server.jdbcUrl(), server.appUser(), server.appPassword());
             var rs = c.createStatement().executeQuery("select text from note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void a_second_instance_on_the_same_directory_stops_with_a_clear_message() {
        try (var first = EmbeddedPostgresServer.start(dataDir)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir))
                    .isInstanceOf(DataDirectoryInUseException.class)
                    .hasMessageContaining(dataDir.toString())
                    .hasMessageContaining("in use by another running Factdesk");
            assertThat(first.port()).isPositive();
        }
    }
}
