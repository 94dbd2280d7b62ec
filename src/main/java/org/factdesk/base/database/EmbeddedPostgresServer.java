package org.factdesk.base.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that Factdesk runs itself, with its files under {@code <data-dir>/db} so that
 * they survive restarts. A lock file next to it makes a second Factdesk on the same data
 * directory stop with a clear message instead of touching files a running server owns.
 * <p>
 * Locked down (decision 0004): it listens on the loopback address only, with no Unix socket;
 * every connection needs a password ({@code scram-sha-256}, never {@code trust}), and the passwords,
 * generated on the first start, are in {@code <data-dir>/pgpass} (readable only by the owner, in
 * the format {@code psql} reads with {@code PGPASSFILE}). The application connects as
 * {@value #APP_ROLE}, which owns the database and its schema but is no superuser, so it cannot run
 * programs on the server ({@code COPY … TO PROGRAM}) or read its files. The superuser
 * {@value #SUPERUSER} is for maintenance. It runs with {@code fsync} and {@code synchronous_commit}
 * on, so a committed change survives a power cut; only tests may trade that for speed.
 * <p>
 * A data directory from an earlier version (trust authentication, everything owned by
 * {@value #SUPERUSER}) is locked down on its first start with this version.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "factdesk";
    public static final String SUPERUSER = "postgres";
    public static final String APP_ROLE = "factdesk";
    /** The passwords, in {@code <data-dir>}: a pgpass file, so {@code PGPASSFILE=… psql} finds them. */
    public static final String PASSWORD_FILE = "pgpass";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String HBA = """
            # Written by Factdesk on every start; edits are overwritten. Every connection needs a
            # password (scram-sha-256); the server listens on the loopback address only and has no
            # Unix socket. The passwords are in the file pgpass of Factdesk's data directory.
            # TYPE  DATABASE  USER  ADDRESS        METHOD
            host    all       all   127.0.0.1/32   scram-sha-256
            host    all       all   ::1/128        scram-sha-256
            """;

    /** Whether commits wait for the disk. Only a test suite's throwaway server should run without. */
    public enum Durability {
        DURABLE, FAST_FOR_TESTS
    }

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;
    private final Credentials credentials;

    private EmbeddedPostgresServer(FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres,
                                   Credentials credentials) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
        this.credentials = credentials;
    }

    public static EmbeddedPostgresServer start(Path dataDir) {
        return start(dataDir, Durability.DURABLE);
    }

    public static EmbeddedPostgresServer start(Path dataDir, Durability durability) {
        return start(dataDir, durability, java.util.Map.of());
    }

    /** With server settings of the caller's besides (a benchmark loading pg_stat_statements, say). */
    public static EmbeddedPostgresServer start(Path dataDir, Durability durability, java.util.Map<String, String> settings) {
        Path dbDir = dataDir.resolve("db");
        FileChannel channel = null;
        Path initialPasswordFile = dataDir.resolve("pgpass-initdb");
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(dataDir.resolve("instance.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new DataDirectoryInUseException(dataDir);
            }
            stopOrphanedServer(dbDir);
            // zonky runs initdb when postgresql.conf is missing: then it is a new cluster.
            boolean fresh = !Files.exists(dbDir.resolve("postgresql.conf"));
            boolean legacy = !fresh && trusts(dbDir.resolve("pg_hba.conf"));
            Path passwordFile = dataDir.resolve(PASSWORD_FILE);
            if (!fresh && !legacy && !Files.exists(passwordFile)) {
                throw new IllegalStateException("The embedded database in " + dbDir + " needs the passwords in "
                        + passwordFile + ", which is missing. Restore it from a backup of the data directory.");
            }
            Credentials credentials = Credentials.readOrCreate(passwordFile);
            boolean fast = durability == Durability.FAST_FOR_TESTS;
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dbDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    // its owner stops it (the application context, after the beans that use it): a shutdown hook
                    // of its own would stop it while they still close, e.g. the event registry checking its table
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // zonky passes -F (fsync off) and synchronous_commit=off; these come later and win.
                    .setServerConfig("fsync", fast ? "off" : "on")
                    .setServerConfig("synchronous_commit", fast ? "off" : "on")
                    .setServerConfig("full_page_writes", fast ? "off" : "on")
                    .setConnectConfig("password", credentials.superuserPassword())
                    // Runs after initdb and before the server starts: a locked cluster never starts open.
                    .setDataDirectoryCustomizer(dir -> {
                        if (!legacy) {
                            writeHba(dir.toPath());
                        }
                    });
            settings.forEach(builder::setServerConfig);
            if (!isWindows()) {
                // No Unix socket: the default directory (/tmp) is shared by every local account.
                builder.setServerConfig("unix_socket_directories", "''");
            }
            if (fresh) {
                writePrivate(initialPasswordFile, credentials.superuserPassword() + "\n");
                // initdb takes the last -A/--auth it is given: scram-sha-256 overrides zonky's trust.
                builder.setLocaleConfig("auth", "scram-sha-256");
                builder.setLocaleConfig("pwfile", initialPasswordFile.toString());
            }
            var postgres = builder.start();
            Files.deleteIfExists(initialPasswordFile);
            var server = new EmbeddedPostgresServer(channel, lock, postgres, credentials);
            if (legacy) {
                server.lockDownEarlierVersion(dbDir);
            }
            server.prepareDatabase();
            log.info("Embedded PostgreSQL is running with data in {}; it accepts only local connections with the "
                    + "passwords in {}", dbDir, passwordFile);
            return server;
        } catch (IOException | SQLException e) {
            closeQuietly(channel);
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dbDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        } finally {
            try {
                Files.deleteIfExists(initialPasswordFile);
            } catch (IOException ignored) {
                // best effort; it is readable only by the owner
            }
        }
    }

    /** True for a pg_hba.conf that lets someone in without a password: one written by an earlier Factdesk. */
    static boolean trusts(Path hba) throws IOException {
        if (!Files.exists(hba)) {
            return false;
        }
        for (String line : Files.readAllLines(hba)) {
            String rule = line.strip();
            if (!rule.startsWith("#") && java.util.Arrays.asList(rule.split("\\s+")).contains("trust")) {
                return true;
            }
        }
        return false;
    }

    private static void writeHba(Path dbDir) {
        try {
            Files.writeString(dbDir.resolve("pg_hba.conf"), HBA);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + dbDir.resolve("pg_hba.conf") + ": " + e.getMessage(), e);
        }
    }

    /**
     * An earlier version let anyone on the machine in as superuser without a password. Its server has
     * just started the old way, once more: give the superuser its password, then require passwords.
     */
    private void lockDownEarlierVersion(Path dbDir) throws SQLException {
        log.warn("Locking down the embedded database in {} (from an earlier Factdesk): passwords from now on, "
                + "in {}", dbDir, PASSWORD_FILE);
        try (Connection c = superuserConnection("postgres"); var s = c.createStatement()) {
            s.execute("alter role " + SUPERUSER + " password '" + credentials.superuserPassword() + "'");
            writeHba(dbDir);
            s.execute("select pg_reload_conf()");
        }
    }

    /** Every start: the database, the application's role with its password, and its ownership of everything. */
    private void prepareDatabase() throws SQLException {
        try (Connection c = superuserConnection("postgres"); var s = c.createStatement()) {
            boolean roleExists;
            try (var rs = s.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROLE + "'")) {
                roleExists = rs.next();
            }
            String attributes = " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
                    + credentials.appPassword() + "'";
            s.execute((roleExists ? "alter role " : "create role ") + APP_ROLE + attributes);
            boolean databaseExists;
            try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                databaseExists = rs.next();
            }
            if (!databaseExists) {
                s.execute("create database " + DATABASE + " owner " + APP_ROLE + " encoding 'UTF8'");
            }
            s.execute("alter database " + DATABASE + " owner to " + APP_ROLE);
        }
        try (Connection c = superuserConnection(DATABASE); var s = c.createStatement()) {
            s.execute("alter schema public owner to " + APP_ROLE);
            // Tables of an earlier version belong to the superuser; hand them over. Sequences that
            // belong to a table column follow their table.
            s.execute("""
                    do $$
                    declare r record;
                    begin
                        for r in select c.oid::regclass as name from pg_class c
                                 join pg_namespace n on n.oid = c.relnamespace
                                 where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
                                   and pg_get_userbyid(c.relowner) <> '%1$s'
                                   and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                                   and d.objid = c.oid and d.deptype in ('a', 'i'))
                        loop
                            execute format('alter table %%s owner to %1$s', r.name);
                        end loop;
                        for r in select p.oid::regprocedure as name from pg_proc p
                                 join pg_namespace n on n.oid = p.pronamespace
                                 where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> '%1$s'
                        loop
                            execute format('alter routine %%s owner to %1$s', r.name);
                        end loop;
                        for r in select t.oid::regtype as name from pg_type t
                                 join pg_namespace n on n.oid = t.typnamespace
                                 where n.nspname = 'public' and t.typtype in ('e', 'd', 'c', 'r')
                                   and (t.typrelid = 0 or (select relkind from pg_class where oid = t.typrelid) = 'c')
                                   and pg_get_userbyid(t.typowner) <> '%1$s'
                        loop
                            execute format('alter type %%s owner to %1$s', r.name);
                        end loop;
                    end $$
                    """.formatted(APP_ROLE));
        }
    }

    private Connection superuserConnection(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, credentials.superuserPassword());
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    static void writePrivate(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException sameJvmHoldsIt) {
            return null;
        }
    }

    /**
     * A Factdesk killed hard leaves its PostgreSQL child running. We hold the instance lock, so no
     * live Factdesk owns that server: stop it, or the new one could not start on the same files.
     */
    private static void stopOrphanedServer(Path dbDir) throws IOException {
        Path pidFile = dbDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = Files.readAllLines(pidFile).stream().findFirst()
                .map(String::trim)
                .filter(s -> s.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive);
        if (orphan.isEmpty()) {
            return;
        }
        log.warn("Stopping PostgreSQL process {} left behind by an earlier Factdesk on {}", orphan.get().pid(), dbDir);
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IOException("An earlier PostgreSQL (pid " + orphan.get().pid() + ") still runs on " + dbDir
                    + "; stop it and start Factdesk again", e);
        }
    }

    /** Without credentials: give {@link #appUser()} and {@link #appPassword()}, or the superuser's for maintenance. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public String appUser() {
        return APP_ROLE;
    }

    public String appPassword() {
        return credentials.appPassword();
    }

    public String superuserPassword() {
        return credentials.superuserPassword();
    }

    public String jdbcUrl() {
        return jdbcUrl(DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // the channel is closed next, which releases the lock anyway
            }
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to release: the process is about to report the real failure
            }
        }
    }
}
