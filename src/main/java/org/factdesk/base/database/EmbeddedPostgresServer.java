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
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server that Factdesk runs itself, with its files under {@code <data-dir>/db} so that
 * they survive restarts. A lock file next to it makes a second Factdesk on the same data
 * directory stop with a clear message instead of touching files a running server owns.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String DATABASE = "factdesk";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start(Path dataDir) {
        Path dbDir = dataDir.resolve("db");
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            channel = FileChannel.open(dataDir.resolve("instance.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new DataDirectoryInUseException(dataDir);
            }
            stopOrphanedServer(dbDir);
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dbDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(30))
                    .setServerConfig("max_connections", "100")
                    .start();
            var server = new EmbeddedPostgresServer(channel, lock, postgres);
            server.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL is running on port {} with data in {}", postgres.getPort(), dbDir);
            return server;
        } catch (IOException | SQLException e) {
            closeQuietly(channel);
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dbDir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
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

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             var check = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            check.setString(1, DATABASE);
            if (!check.executeQuery().next()) {
                try (var create = c.createStatement()) {
                    create.execute("create database " + DATABASE + " encoding 'UTF8'");
                }
            }
        }
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
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
