package org.factdesk.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server as another account on the same machine would meet it: it asks for a password,
 * the application's role may not run programs, and commits reach the disk. Reads the passwords the
 * way an operator does, from the pgpass file in the data directory.
 */
class EmbeddedDatabaseLockdownIntegrationTest {

    @TempDir Path dataDir;

    static Map<String, String> passwords(Path dataDir) throws Exception {
        Path file = dataDir.resolve("pgpass");
        assertThat(file).as("the password file").exists();
        Map<String, String> byUser = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] fields = line.split(":");
            if (!line.startsWith("#") && fields.length == 5) {
                byUser.put(fields[3], fields[4]);
            }
        }
        return byUser;
    }

    static Connection connect(int port, String database, String user, String password) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, user, password);
    }

    static String one(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void nobody_gets_in_without_the_generated_password_kept_only_for_the_owner() throws Exception {
        try (var server = EmbeddedPostgresServer.start(dataDir)) {
            assertThatThrownBy(() -> connect(server.port(), "factdesk", "postgres", null).close())
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> connect(server.port(), "factdesk", "postgres", "guess").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");

            Path file = dataDir.resolve("pgpass");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(passwords(dataDir).get("postgres")).hasSizeGreaterThanOrEqualTo(24);
            assertThat(Files.readAllLines(dataDir.resolve("db/pg_hba.conf")))
                    .noneMatch(line -> !line.startsWith("#") && line.contains("trust"));
            try (var c = connect(server.port(), "factdesk", "postgres", passwords(dataDir).get("postgres"))) {
                assertThat(one(c, "show listen_addresses")).isEqualTo("localhost");
                assertThat(one(c, "show unix_socket_directories")).isEmpty();
            }
        }
    }

    @Test
    void the_application_role_owns_its_schema_but_is_no_superuser_and_cannot_run_programs() throws Exception {
        try (var server = EmbeddedPostgresServer.start(dataDir);
             var c = connect(server.port(), "factdesk", "factdesk", passwords(dataDir).get("factdesk"))) {
            assertThat(one(c, "select rolsuper from pg_roles where rolname = current_user")).isEqualTo("f");
            c.createStatement().execute("create table note (text text)");
            assertThat(one(c, "select tableowner from pg_tables where tablename = 'note'")).isEqualTo("factdesk");
            assertThatThrownBy(() -> c.createStatement().execute("copy (select 1) to program 'id'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void commits_wait_for_the_disk() throws Exception {
        try (var server = EmbeddedPostgresServer.start(dataDir);
             var c = connect(server.port(), "factdesk", "postgres", passwords(dataDir).get("postgres"))) {
            assertThat(one(c, "show fsync")).isEqualTo("on");
            assertThat(one(c, "show synchronous_commit")).isEqualTo("on");
            assertThat(one(c, "show full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void a_data_directory_from_an_earlier_version_is_locked_down_and_keeps_its_data() throws Exception {
        // What earlier versions left behind: trust authentication, everything owned by the superuser.
        Path dbDir = dataDir.resolve("db");
        try (var earlier = EmbeddedPostgres.builder().setDataDirectory(dbDir).setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(30)).start()) {
            try (var c = earlier.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("create database factdesk encoding 'UTF8'");
            }
            try (var c = earlier.getDatabase("postgres", "factdesk").getConnection(); var s = c.createStatement()) {
                s.execute("create table claim (id bigint generated always as identity primary key, text text)");
                s.execute("create table note (id serial primary key, text text)");
                s.execute("create view claim_texts as select text from claim");
                s.execute("create function refuse() returns trigger language plpgsql as $$ begin return null; end $$");
                s.execute("insert into claim (text) values ('still here')");
            }
        }

        try (var server = EmbeddedPostgresServer.start(dataDir)) {
            assertThatThrownBy(() -> connect(server.port(), "factdesk", "postgres", null).close())
                    .as("trust is gone").isInstanceOf(SQLException.class);
            try (var c = connect(server.port(), "factdesk", "factdesk", passwords(dataDir).get("factdesk"))) {
                assertThat(one(c, "select text from claim")).isEqualTo("still here");
                c.createStatement().execute("insert into claim (text) values ('written as the app')");
                c.createStatement().execute("insert into note (text) values ('serial works too')");
                c.createStatement().execute("alter table claim add column checked boolean");
                c.createStatement().execute("create or replace function refuse() returns trigger language plpgsql "
                        + "as $$ begin return new; end $$");
                assertThat(one(c, "select count(*) from claim_texts")).isEqualTo("2");
                assertThat(one(c, "select string_agg(distinct tableowner, ',') from pg_tables where schemaname = 'public'"))
                        .isEqualTo("factdesk");
                assertThat(one(c, "select rolsuper from pg_roles where rolname = current_user")).isEqualTo("f");
            }
        }
        try (var again = EmbeddedPostgresServer.start(dataDir);
             var c = connect(again.port(), "factdesk", "factdesk", passwords(dataDir).get("factdesk"))) {
            assertThat(one(c, "select count(*) from claim")).as("a second start keeps it").isEqualTo("2");
        }
    }
}
