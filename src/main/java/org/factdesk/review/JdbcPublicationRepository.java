package org.factdesk.review;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factdesk.claim.ClaimId;
import org.factdesk.team.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Publications and withdrawals of claims, append-only (see V7__publication.sql). The kinds of entries and the words
 * of the review history are bound from their enums ({@link Publication.Kind}, {@link RevisionEntity},
 * {@link ReviewField}), never spelled here.
 */
@Repository
class JdbcPublicationRepository {

    /** The claim's review and wording as they are now become its public state. */
    private static final String PUBLISH = """
            insert into claim_publication (claim_id, project_id, kind, verdict_id, verdict_by, rationale, claimant,
                                           claim_date, claim_reviewed, quote, document_version, last_revision_id,
                                           actor_id, at)
            select c.id, c.project_id, :kind, r.verdict_id, r.verdict_by, r.rationale, r.claimant, r.claim_date,
                   r.claim_reviewed, c.quote, c.document_version,
                   (select max(v.id) from review_revision v where v.claim_id = c.id), :by, :now
            from claim c join claim_review r on r.claim_id = c.id
            where c.id = :claim
            """;

    /** A withdrawal keeps the last published state for the record; the claim is no longer public. */
    private static final String WITHDRAW = """
            insert into claim_publication (claim_id, project_id, kind, verdict_id, verdict_by, rationale, claimant,
                                           claim_date, claim_reviewed, quote, document_version, last_revision_id,
                                           actor_id, at)
            select claim_id, project_id, :kind, verdict_id, verdict_by, rationale, claimant, claim_date,
                   claim_reviewed, quote, document_version, last_revision_id, :by, :now
            from claim_publication where claim_id = :claim order by id desc limit 1
            """;

    /** The claim's public state: its latest row, when that row is a publication. */
    private static final String CURRENT = """
            select p.id, p.verdict_id, l.label as verdict, p.rationale, p.claimant, p.claim_date, p.claim_reviewed,
                   p.quote, p.document_version,
                   coalesce(u.display_name, p.restored_people ->> 'actor_id' || ', restored from backup') as published_by, p.at, p.kind
            from (select * from claim_publication where claim_id = :claim order by id desc limit 1) p
            left join rating_level l on l.id = p.verdict_id
            left join app_user u on u.id = p.actor_id
            where p.kind = :published
            """;

    /**
     * Everyone who changed what the public sees (verdict, rationale, claimant, claim date, published wording)
     * since the claim was last published; none before a first publication, where the verdict's author counts.
     */
    private static final String AUTHORS_SINCE_PUBLISHED = """
            select distinct r.actor_id
            from review_revision r
            join (select coalesce(last_revision_id, 0) as published_at_revision from claim_publication
                  where claim_id = :claim and kind = :published order by id desc limit 1) p on true
            where r.claim_id = :claim and r.entity_type = :review and r.actor_id is not null
              and r.id > p.published_at_revision
              and jsonb_exists_any(r.changes, cast(:keys as text[]))
            """;

    /** Who answers for a claim's verdict: its assignee, the verdict's author and whoever last published it. */
    private static final String ANSWERABLE = """
            select assignee_id from claim_review where claim_id = :claim and assignee_id is not null
            union select verdict_by from claim_review where claim_id = :claim and verdict_by is not null
            union (select actor_id from claim_publication where claim_id = :claim and kind = :published
                   and actor_id is not null order by id desc limit 1)
            """;

    /** The keys, in a revision's changes, of the fields a publication shows. */
    private static final String[] PUBLISHED_CHANGES = java.util.Arrays.stream(ReviewField.values())
            .filter(ReviewField::published).map(ReviewField::key).toArray(String[]::new);

    private final JdbcClient jdbc;

    JdbcPublicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void publish(ClaimId claimId, UserId by, Instant now) {
        write(PUBLISH, Publication.Kind.PUBLISHED, claimId, by, now);
    }

    void withdraw(ClaimId claimId, UserId by, Instant now) {
        write(WITHDRAW, Publication.Kind.WITHDRAWN, claimId, by, now);
    }

    private void write(String statement, Publication.Kind kind, ClaimId claimId, UserId by, Instant now) {
        jdbc.sql(statement).param("kind", kind.name())
                .param("claim", claimId.value()).param("by", by == null ? null : by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    Optional<Publication> current(ClaimId claimId) {
        return jdbc.sql(CURRENT)
                .param("claim", claimId.value()).param("published", Publication.Kind.PUBLISHED.name())
                .query((rs, row) -> {
                    long verdict = rs.getLong("verdict_id");
                    Long verdictId = rs.wasNull() ? null : verdict;
                    var claimDate = rs.getDate("claim_date");
                    return new Publication(rs.getLong("id"), verdictId, rs.getString("verdict"),
                            rs.getString("rationale"), rs.getString("claimant"),
                            claimDate == null ? null : claimDate.toLocalDate(), rs.getString("claim_reviewed"),
                            rs.getString("quote"), rs.getInt("document_version"), rs.getString("published_by"),
                            rs.getTimestamp("at").toInstant());
                })
                .optional();
    }

    List<UserId> answerable(ClaimId claimId) {
        return jdbc.sql(ANSWERABLE)
                .param("claim", claimId.value()).param("published", Publication.Kind.PUBLISHED.name())
                .query((rs, row) -> new UserId(rs.getLong(1)))
                .list();
    }

    List<UserId> authorsSincePublished(ClaimId claimId) {
        return jdbc.sql(AUTHORS_SINCE_PUBLISHED)
                .param("claim", claimId.value()).param("keys", PUBLISHED_CHANGES)
                .param("published", Publication.Kind.PUBLISHED.name()).param("review", RevisionEntity.REVIEW.key())
                .query((rs, row) -> new UserId(rs.getLong(1)))
                .list();
    }
}
