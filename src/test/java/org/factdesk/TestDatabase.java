package org.factdesk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.factdesk.base.database.EmbeddedPostgresServer;

/**
 * The PostgreSQL server of one test JVM. By default the same embedded server the app uses, in a
 * temporary directory. With {@code FACTDESK_TEST_DB_URL} (plus {@code _USER}, {@code _PASSWORD})
 * it is an external server instead, which is how CI proves PostgreSQL 15 compatibility.
 * Every Spring context gets a database of its own on that server.
 */
public final class TestDatabase {

    public record Connection(String url, String user, String password) {
    }

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile TestDatabase instance;

    private final String adminUrl;
    private final String user;
    private final String password;
    private final EmbeddedPostgresServer embedded;
    private final Path dataDir;

    private TestDatabase() throws Exception {
        dataDir = Files.createTempDirectory("factdesk-test-");
        String external = System.getenv("FACTDESK_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            adminUrl = external;
            user = System.getenv().getOrDefault("FACTDESK_TEST_DB_USER", "postgres");
            password = System.getenv().getOrDefault("FACTDESK_TEST_DB_PASSWORD", "");
            embedded = null;
        } else {
            // A throwaway server: it may skip waiting for the disk. A benchmark can ask for the server as Factdesk
            // runs it (-Dfactdesk.test.durable-db=true), to measure what users will see, and for settings of its own
            // (-Dfactdesk.test.pg-settings=shared_preload_libraries=pg_stat_statements,track_io_timing=on).
            embedded = EmbeddedPostgresServer.start(dataDir.resolve("embedded"),
                    Boolean.getBoolean("factdesk.test.durable-db") ? EmbeddedPostgresServer.Durability.DURABLE
                            : EmbeddedPostgresServer.Durability.FAST_FOR_TESTS, settings());
            adminUrl = embedded.jdbcUrl("postgres");
            user = EmbeddedPostgresServer.SUPERUSER;
            password = embedded.superuserPassword();
            // after Spring has closed the test contexts (which still talk to it while closing: the event
            // publication registry looks for incomplete events), not beside them in a shutdown hook of its own
            org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> {
                embedded.close();
                delete(dataDir);
            });
        }
        if (embedded == null) {
            org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> delete(dataDir));
        }
    }

    private static java.util.Map<String, String> settings() {
        var settings = new java.util.LinkedHashMap<String, String>();
        for (String setting : System.getProperty("factdesk.test.pg-settings", "").split(",")) {
            int equals = setting.indexOf('=');
            if (equals > 0) {
                settings.put(setting.substring(0, equals).strip(), setting.substring(equals + 1).strip());
            }
        }
        return settings;
    }

    /**
     * The server's files go with the test JVM: a data directory is one to two gigabytes, and a machine that runs the
     * suite a few hundred times otherwise fills its disk with them (this one did).
     */
    private static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            System.err.println("Could not delete the test database's directory " + dir + ": " + e.getMessage());
        }
    }

    public static TestDatabase get() {
        if (instance == null) {
            synchronized (TestDatabase.class) {
                if (instance == null) {
                    try {
                        instance = new TestDatabase();
                    } catch (Exception e) {
                        throw new IllegalStateException("Could not start the test database: " + e.getMessage(), e);
                    }
                }
            }
        }
        return instance;
    }

    /** A new, empty database on the test server. */
    public Connection newDatabase() {
        String name = "factdesk_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (var c = DriverManager.getConnection(adminUrl, user, password); var s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + ": " + e.getMessage(), e);
        }
        return new Connection(replaceDatabase(adminUrl, name), user, password);
    }

    /** A directory for files the app writes next to its database, such as the initial admin password. */
    public Path dataDir() {
        return dataDir;
    }

    static String replaceDatabase(String url, String database) {
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String params = query < 0 ? "" : url.substring(query);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + params;
    }
}
