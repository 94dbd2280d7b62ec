package org.factdesk.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factdesk.base.OptimisticLock;
import org.factdesk.claim.ClaimId;
import org.factdesk.source.DocumentId;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evidence, comments and notifications: what a desk says around a claim. */
@Repository
class JdbcDiscussionRepository {

    private final JdbcClient jdbc;

    JdbcDiscussionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertEvidence(ClaimId claimId, EvidenceData d, UserId by, Instant now) {
        return jdbc.sql("""
                        insert into evidence (claim_id, kind, url, title, accessed_on, archived_url, document_id,
                                              other_claim_id, relation, note, created_by, created_at, updated_at)
                        values (:claim, :kind, :url, :title, :accessed, :archived, :document, :other, :relation, :note,
                                :by, :now, :now)
                        returning id
                        """)
                .param("claim", claimId.value()).param("kind", d.kind().name()).param("url", d.url())
                .param("title", d.title())
                .param("accessed", d.accessedOn() == null ? null : Date.valueOf(d.accessedOn()))
                .param("archived", d.archivedUrl())
                .param("document", d.document() == null ? null : d.document().value())
                .param("other", d.otherClaim() == null ? null : d.otherClaim().value())
                .param("relation", d.relation().name()).param("note", d.note() == null ? "" : d.note())
                .param("by", by.value()).param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    List<Evidence> evidence(ClaimId claimId) {
        return jdbc.sql("""
                        select e.id, e.version, e.kind, e.url, e.title, e.accessed_on, e.archived_url, e.document_id,
                               e.other_claim_id, e.relation, e.note,
                               coalesce(e.title, d.title, c.quote, e.url) as label
                        from evidence e
                        left join document d on d.id = e.document_id
                        left join claim c on c.id = e.other_claim_id
                        where e.claim_id = :claim and not e.deleted order by e.id
                        """)
                .param("claim", claimId.value())
                .query(JdbcDiscussionRepository::mapEvidence)
                .list();
    }

    Optional<ClaimId> evidenceClaim(long evidenceId) {
        return jdbc.sql("select claim_id from evidence where id = :id and not deleted").param("id", evidenceId)
                .query(Long.class).optional().map(ClaimId::new);
    }

    void deleteEvidence(long id, int version, Instant now) {
        int rows = jdbc.sql("update evidence set deleted = true, updated_at = :now, version = version + 1 "
                        + "where id = :id and version = :version and not deleted")
                .param("now", Timestamp.from(now)).param("id", id).param("version", version).update();
        OptimisticLock.requireOneRow(rows, "evidence item");
    }

    private static Evidence mapEvidence(ResultSet rs, int row) throws SQLException {
        Date accessed = rs.getDate("accessed_on");
        long document = rs.getLong("document_id");
        DocumentId documentId = rs.wasNull() ? null : new DocumentId(document);
        long other = rs.getLong("other_claim_id");
        ClaimId otherId = rs.wasNull() ? null : new ClaimId(other);
        var data = new EvidenceData(EvidenceKind.valueOf(rs.getString("kind")), rs.getString("url"),
                rs.getString("title"), accessed == null ? null : accessed.toLocalDate(), rs.getString("archived_url"),
                documentId, otherId, EvidenceRelation.valueOf(rs.getString("relation")), rs.getString("note"));
        return new Evidence(rs.getLong("id"), rs.getInt("version"), data, rs.getString("label"));
    }

    long insertComment(ClaimId claimId, Long parentId, UserId author, String body, Instant now) {
        return jdbc.sql("""
                        insert into comment (claim_id, parent_id, author_id, body, created_at, updated_at)
                        values (:claim, :parent, :author, :body, :now, :now) returning id
                        """)
                .param("claim", claimId.value()).param("parent", parentId).param("author", author.value())
                .param("body", body).param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    List<Comment> comments(ClaimId claimId) {
        return jdbc.sql("""
                        select c.id, c.version, c.parent_id,
                               coalesce(c.restored_people ->> 'author_id' || ', restored from backup', u.display_name) as display_name,
                               c.body, c.resolved, c.created_at
                        from comment c join app_user u on u.id = c.author_id
                        where c.claim_id = :claim and not c.deleted order by coalesce(c.parent_id, c.id), c.id
                        """)
                .param("claim", claimId.value())
                .query(JdbcDiscussionRepository::mapComment)
                .list();
    }

    Optional<Comment> comment(long id) {
        return jdbc.sql("""
                        select c.id, c.version, c.parent_id,
                               coalesce(c.restored_people ->> 'author_id' || ', restored from backup', u.display_name) as display_name,
                               c.body, c.resolved, c.created_at
                        from comment c join app_user u on u.id = c.author_id where c.id = :id and not c.deleted
                        """)
                .param("id", id)
                .query(JdbcDiscussionRepository::mapComment)
                .optional();
    }

    private static Comment mapComment(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Comment(rs.getLong("id"), rs.getInt("version"), parentId, rs.getString("display_name"),
                rs.getString("body"), rs.getBoolean("resolved"), rs.getTimestamp("created_at").toInstant());
    }

    Optional<ClaimId> commentClaim(long commentId) {
        return jdbc.sql("select claim_id from comment where id = :id").param("id", commentId)
                .query(Long.class).optional().map(ClaimId::new);
    }

    void setResolved(long threadId, int version, boolean resolved, Instant now) {
        int rows = jdbc.sql("update comment set resolved = :resolved, updated_at = :now, version = version + 1 "
                        + "where id = :id and parent_id is null and version = :version")
                .param("resolved", resolved).param("now", Timestamp.from(now)).param("id", threadId)
                .param("version", version).update();
        OptimisticLock.requireOneRow(rows, "comment thread");
    }

    void notify(UserId user, ProjectId project, ClaimId claim, NotificationKind kind, String message, UserId actor, Instant now) {
        jdbc.sql("""
                        insert into notification (user_id, project_id, claim_id, kind, message, actor_id, created_at)
                        values (:user, :project, :claim, :kind, :message, :actor, :now)
                        """)
                .param("user", user.value()).param("project", project.value())
                .param("claim", claim == null ? null : claim.value()).param("kind", kind.name()).param("message", message)
                .param("actor", actor == null ? null : actor.value()).param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Like {@link #notify}, unless the user has been told the same about the same claim at the same moment already:
     * for durable listeners, which may handle one event twice (a crash after their work, before the publication was
     * marked complete). True if the notification is new.
     */
    boolean notifyOnce(UserId user, ProjectId project, ClaimId claim, NotificationKind kind, String message, UserId actor,
                       Instant at) {
        return jdbc.sql("""
                        insert into notification (user_id, project_id, claim_id, kind, message, actor_id, created_at)
                        select :user, :project, :claim, :kind, :message, cast(:actor as bigint), cast(:at as timestamptz)
                        where not exists (select 1 from notification
                                          where user_id = :user and claim_id = :claim and kind = :kind
                                            and created_at = cast(:at as timestamptz))
                        """)
                .param("user", user.value()).param("project", project.value()).param("claim", claim.value())
                .param("kind", kind.name()).param("message", message)
                .param("actor", actor == null ? null : actor.value()).param("at", Timestamp.from(at))
                .update() == 1;
    }

    int unread(UserId user) {
        return jdbc.sql("select count(*) from notification where user_id = :user and read_at is null")
                .param("user", user.value()).query(Integer.class).single();
    }

    List<Notification> notifications(UserId user, int limit) {
        return jdbc.sql("""
                        select id, kind, message, claim_id, created_at, read_at is not null as read
                        from notification where user_id = :user order by id desc limit :limit
                        """)
                .param("user", user.value()).param("limit", limit)
                .query((rs, row) -> {
                    long claim = rs.getLong("claim_id");
                    ClaimId claimId = rs.wasNull() ? null : new ClaimId(claim);
                    return new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")), rs.getString("message"), claimId,
                            rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read"));
                })
                .list();
    }

    void markAllRead(UserId user, Instant now) {
        jdbc.sql("update notification set read_at = :now where user_id = :user and read_at is null")
                .param("now", Timestamp.from(now)).param("user", user.value()).update();
    }
}
