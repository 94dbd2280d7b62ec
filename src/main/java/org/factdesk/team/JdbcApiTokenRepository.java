package org.factdesk.team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcApiTokenRepository {

    private final JdbcClient jdbc;

    JdbcApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ApiToken insert(UserId owner, String name, String hash, String hint, Instant now) {
        long id = jdbc.sql("""
                        insert into api_token (user_id, name, token_hash, token_hint, created_at)
                        values (:user, :name, :hash, :hint, :now)
                        returning id
                        """)
                .param("user", owner.value())
                .param("name", name)
                .param("hash", hash)
                .param("hint", hint)
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        return new ApiToken(id, name, hint, now, null, null);
    }

    List<ApiToken> findByOwner(UserId owner) {
        return jdbc.sql("""
                        select id, name, token_hint, created_at, last_used_at, revoked_at
                        from api_token where user_id = :user
                        order by revoked_at is not null, created_at desc
                        """)
                .param("user", owner.value())
                .query(JdbcApiTokenRepository::map)
                .list();
    }

    /** The owner of an active token with this hash. */
    /** Who an unrevoked token belongs to, and when it was last used (null if never). */
    record ActiveToken(UserId owner, Instant lastUsedAt) {
    }

    Optional<ActiveToken> findActive(String hash) {
        return jdbc.sql("select user_id, last_used_at from api_token where token_hash = :hash and revoked_at is null")
                .param("hash", hash)
                .query((rs, row) -> new ActiveToken(new UserId(rs.getLong(1)),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .optional();
    }

    private static final java.time.Duration LAST_USE_GRAIN = java.time.Duration.ofMinutes(1);

    static boolean stale(Instant lastUsedAt, Instant now) {
        return lastUsedAt == null || lastUsedAt.isBefore(now.minus(LAST_USE_GRAIN));
    }

    /** Last use is written at most once a minute per token, so API traffic does not turn reads into writes. */
    void touch(String hash, Instant now) {
        jdbc.sql("""
                        update api_token set last_used_at = :now
                        where token_hash = :hash and (last_used_at is null or last_used_at < :cutoff)
                        """)
                .param("now", Timestamp.from(now))
                .param("cutoff", Timestamp.from(now.minus(LAST_USE_GRAIN)))
                .param("hash", hash)
                .update();
    }

    boolean revoke(UserId owner, long tokenId, Instant now) {
        return jdbc.sql("""
                        update api_token set revoked_at = :now, version = version + 1
                        where id = :id and user_id = :user and revoked_at is null
                        """)
                .param("now", Timestamp.from(now))
                .param("id", tokenId)
                .param("user", owner.value())
                .update() == 1;
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("name"), rs.getString("token_hint"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
