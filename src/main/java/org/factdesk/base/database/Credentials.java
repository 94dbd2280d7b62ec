package org.factdesk.base.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;

/**
 * The embedded server's two passwords, kept in a pgpass file ({@code host:port:database:user:password})
 * so that an operator can hand the same file to {@code psql} with {@code PGPASSFILE}.
 */
record Credentials(String superuserPassword, String appPassword) {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    static Credentials readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            Map<String, String> byUser = new HashMap<>();
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.strip().split(":");
                if (!line.startsWith("#") && fields.length == 5) {
                    byUser.put(fields[3], fields[4]);
                }
            }
            String superuser = byUser.get(EmbeddedPostgresServer.SUPERUSER);
            String app = byUser.get(EmbeddedPostgresServer.APP_ROLE);
            if (superuser == null || app == null) {
                throw new IllegalStateException(file + " lacks the line for \"" + (superuser == null
                        ? EmbeddedPostgresServer.SUPERUSER : EmbeddedPostgresServer.APP_ROLE)
                        + "\"; restore the file from a backup of the data directory.");
            }
            return new Credentials(superuser, app);
        }
        var created = new Credentials(generate(), generate());
        EmbeddedPostgresServer.writePrivate(file, """
                # Passwords of Factdesk's embedded PostgreSQL, generated on its first start. Keep this file
                # private. For maintenance: PGPASSFILE=<this file> psql -h localhost -p <port> -U postgres factdesk
                # (the port is the 4th line of db/postmaster.pid while Factdesk runs).
                localhost:*:*:%s:%s
                localhost:*:*:%s:%s
                """.formatted(EmbeddedPostgresServer.SUPERUSER, created.superuserPassword(),
                EmbeddedPostgresServer.APP_ROLE, created.appPassword()));
        return created;
    }

    /** 32 characters from 57: about 187 bits, and nothing that needs quoting in SQL or a pgpass line. */
    private static String generate() {
        var sb = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Credentials[hidden]";
    }
}
