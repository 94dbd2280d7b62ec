package org.factdesk.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.factdesk.claim.ClaimRevisionAction;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.review.Publication;
import org.factdesk.team.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Copies a project's rows as they are, table by table: backup and restore move what the desk wrote, and no
 * service's rules (extraction, workflow, history) may touch it on the way. Table and column names come from
 * {@link ArchiveTable} and the database's own catalogue, never from an archive.
 */
@Repository
class JdbcArchiveRepository {

    private final JdbcClient jdbc;
    private final Map<String, Set<String>> columns = new HashMap<>();

    JdbcArchiveRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each row of the table that belongs to the project, as JSON text, in id order. */
    void rows(ArchiveTable table, ProjectId projectId, Consumer<String> row) {
        String omit = table.omit().isEmpty() ? "" : " - array[" + String.join(", ",
                table.omit().stream().map(c -> "'" + c + "'").toList()) + "]::text[]";
        jdbc.sql("select (to_jsonb(t)" + omit + ")::text as row from " + table.name() + " t where "
                        + table.belongs() + " order by " + table.order())
                .param("project", projectId.value())
                .query((rs, n) -> {
                    row.accept(rs.getString("row"));
                    return null;
                })
                .list();
    }

    /** Each of the project's original files, one at a time, by the id of its document version. */
    void originals(ProjectId projectId, java.util.function.ObjLongConsumer<byte[]> each) {
        jdbc.sql("select id, original from document_version where project_id = :project and original is not null "
                        + "order by id")
                .param("project", projectId.value())
                .query((rs, n) -> {
                    each.accept(rs.getBytes("original"), rs.getLong("id"));
                    return null;
                })
                .list();
    }

    record UserRef(long id, String login, String displayName) {
    }

    List<UserRef> users(ProjectId projectId) {
        return jdbc.sql("""
                        select id, login, display_name from app_user
                        where id in (select user_id from membership where project_id = :project)
                           or id in (select created_by from document where project_id = :project)
                           or id in (select created_by from claim where project_id = :project)
                           or id in (select actor_id from claim_revision r join claim c on c.id = r.claim_id
                                     where c.project_id = :project)
                           or id in (select actor_id from review_revision r join claim c on c.id = r.claim_id
                                     where c.project_id = :project)
                           or id in (select author_id from comment m join claim c on c.id = m.claim_id
                                     where c.project_id = :project)
                           or id in (select unnest(array[verdict_by, assignee_id, updated_by]) from claim_review
                                     where project_id = :project)
                        order by id
                        """)
                .param("project", projectId.value())
                .query((rs, n) -> new UserRef(rs.getLong("id"), rs.getString("login"), rs.getString("display_name")))
                .list();
    }

    Map<String, Long> userIdsByLogin(List<String> logins) {
        var ids = new HashMap<String, Long>();
        jdbc.sql("select id, lower(login) as login from app_user where lower(login) = any(:logins)")
                .param("logins", logins.stream().map(l -> l.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new))
                .query((rs, n) -> ids.put(rs.getString("login"), rs.getLong("id")))
                .list();
        return ids;
    }

    /**
     * A restored project's published claims go back to Needs review, with a revision saying why, and their
     * publication ends: what another desk published is not this desk's public statement until it publishes it.
     * The other modules' words (statuses, the status action, publication kinds) are bound from their enums.
     */
    private static final String BACK_TO_REVIEW = """
            with reopened as (
                update claim set status = :needsReview, version = version + 1, updated_at = :now
                where project_id = :project and status = :published and not deleted
                returning id
            ), revised as (
                insert into claim_revision (claim_id, at, actor_id, action, before, after)
                select id, :now, :by, :statusAction, jsonb_build_object(:statusKey, :published),
                       jsonb_build_object(:statusKey, :needsReview, 'reason', 'restored from a backup: publish it again here')
                from reopened
            )
            insert into claim_publication (claim_id, project_id, kind, verdict_id, verdict_by, rationale, claimant,
                                           claim_date, claim_reviewed, quote, document_version, last_revision_id,
                                           actor_id, at, restored_people)
            select p.claim_id, p.project_id, :withdrawn, p.verdict_id, p.verdict_by, p.rationale, p.claimant,
                   p.claim_date, p.claim_reviewed, p.quote, p.document_version, p.last_revision_id, :by, :now,
                   p.restored_people
            from reopened r
            join lateral (select * from claim_publication l where l.claim_id = r.id order by l.id desc limit 1) p on true
            where p.kind = :publishedKind
            """;

    void sendPublishedBackToReview(ProjectId project, long by, java.time.Instant now) {
        jdbc.sql(BACK_TO_REVIEW)
                .param("project", project.value()).param("by", by).param("now", java.sql.Timestamp.from(now))
                .param("published", ClaimStatus.PUBLISHED.name()).param("needsReview", ClaimStatus.NEEDS_REVIEW.name())
                .param("statusAction", ClaimRevisionAction.STATUS.key()).param("statusKey", ClaimRevisionAction.STATUS_KEY)
                .param("publishedKind", Publication.Kind.PUBLISHED.name())
                .param("withdrawn", Publication.Kind.WITHDRAWN.name())
                .update();
    }

    /** A restored version's original file, which the archive carries as an entry of its own after the rows. */
    void setOriginal(long versionId, byte[] original) {
        jdbc.sql("update document_version set original = :original where id = :id")
                .param("original", original).param("id", versionId)
                .update();
    }

    /** The columns a restore may write: real, not generated, not the identity. */
    Set<String> writableColumns(ArchiveTable table) {
        return columns.computeIfAbsent(table.name(), name -> new HashSet<>(jdbc.sql("""
                        select column_name from information_schema.columns
                        where table_schema = current_schema() and table_name = :table
                          and is_generated = 'NEVER' and is_identity = 'NO'
                        """)
                .param("table", name).query(String.class).list()));
    }

    /** Inserts one row from its JSON, with the given columns only; the new id, or null for tables keyed otherwise. */
    Long insert(ArchiveTable table, List<String> writable, String rowJson) {
        String cols = String.join(", ", writable);
        String sql = "insert into " + table.name() + " (" + cols + ") select " + cols
                + " from jsonb_populate_record(null::" + table.name() + ", cast(:row as jsonb))"
                + (table.hasId() ? " returning id" : "");
        var spec = jdbc.sql(sql).param("row", rowJson);
        if (table.hasId()) {
            return spec.query(Long.class).single();
        }
        spec.update();
        return null;
    }
}
