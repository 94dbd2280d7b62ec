package org.factdesk.team;

import java.time.Instant;

/** An API token as its owner sees it later: never the secret, only a hint of its first characters. */
public record ApiToken(long id, String name, String hint, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
