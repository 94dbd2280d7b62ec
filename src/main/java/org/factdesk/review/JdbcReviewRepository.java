package org.factdesk.review;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.factdesk.base.OptimisticLock;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimRevisionAction;
import org.factdesk.claim.ClaimRowMapper;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcReviewRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ClaimRowMapper claimRows;

    JdbcReviewRepository(JdbcClient jdbc, JsonMapper json, ClaimRowMapper claimRows) {
        this.claimRows = claimRows;
        this.jdbc = jdbc;
        this.json = json;
    }

    List<RatingLevel> levels(ProjectId projectId) {
        return jdbc.sql("""
                        select id, position, label, color, value from rating_level
                        where project_id = :project and not retired order by position, id
                        """)
                .param("project", projectId.value())
                .query((rs, row) -> new RatingLevel(rs.getLong("id"), rs.getInt("position"), rs.getString("label"),
                        rs.getString("color"), rs.getInt("value")))
                .list();
    }

    void insertLevel(ProjectId projectId, int position, String label, String color, int value, Instant now) {
        jdbc.sql("""
                        insert into rating_level (project_id, position, label, color, value, created_at)
                        values (:project, :position, :label, :color, :value, :now)
                        """)
                .param("project", projectId.value()).param("position", position).param("label", label)
                .param("color", color).param("value", value).param("now", Timestamp.from(now))
                .update();
    }

    void updateLevel(ProjectId projectId, long id, int position, String label, String color, int value) {
        int rows = jdbc.sql("""
                        update rating_level set position = :position, label = :label, color = :color, value = :value,
                               version = version + 1
                        where id = :id and project_id = :project and not retired
                        """)
                .param("position", position).param("label", label).param("color", color).param("value", value)
                .param("id", id).param("project", projectId.value())
                .update();
        OptimisticLock.requireOneRow(rows, "rating level");
    }

    void retireLevels(ProjectId projectId, List<Long> keep) {
        jdbc.sql("update rating_level set retired = true, version = version + 1 where project_id = :project "
                        + "and not retired and not (id = any(:keep))")
                .param("project", projectId.value())
                .param("keep", keep.toArray(Long[]::new))
                .update();
    }

    boolean settingsExist(ProjectId projectId) {
        return jdbc.sql("select count(*) from review_settings where project_id = :project")
                .param("project", projectId.value()).query(Integer.class).single() > 0;
    }

    void insertSettings(ProjectId projectId, Instant now) {
        jdbc.sql("insert into review_settings (project_id, updated_at) values (:project, :now) on conflict do nothing")
                .param("project", projectId.value()).param("now", Timestamp.from(now)).update();
    }

    ReviewSettings settings(ProjectId projectId) {
        return jdbc.sql("""
                        select four_eyes, publisher_name, publisher_url, public_url_base, version
                        from review_settings where project_id = :project
                        """)
                .param("project", projectId.value())
                .query((rs, row) -> new ReviewSettings(rs.getBoolean("four_eyes"), rs.getString("publisher_name"),
                        rs.getString("publisher_url"), rs.getString("public_url_base"), rs.getInt("version")))
                .optional()
                .orElse(new ReviewSettings(true, null, null, null, 0));
    }

    void updateSettings(ProjectId projectId, int version, ReviewSettings s, Instant now) {
        int rows = jdbc.sql("""
                        update review_settings set four_eyes = :fourEyes, publisher_name = :name, publisher_url = :url,
                               public_url_base = :base, updated_at = :now, version = version + 1
                        where project_id = :project and version = :version
                        """)
                .param("fourEyes", s.fourEyes()).param("name", s.publisherName()).param("url", s.publisherUrl())
                .param("base", s.publicUrlBase()).param("now", Timestamp.from(now))
                .param("project", projectId.value()).param("version", version)
                .update();
        OptimisticLock.requireOneRow(rows, "review settings");
    }

    record Stored(int version, ReviewData data, UserId verdictBy) {
    }

    Optional<Stored> find(ClaimId claimId) {
        return jdbc.sql("""
                        select version, verdict_id, verdict_by, rationale, claimant, claim_date, tags, assignee_id, due_date,
                               claim_reviewed
                        from claim_review where claim_id = :claim
                        """)
                .param("claim", claimId.value())
                .query(JdbcReviewRepository::map)
                .optional();
    }

    /** What a later save writes, besides the review itself. */
    record Write(UserId by, String action, Instant now) {
    }

    /**
     * A later save that went through: the new version, who gave the verdict, and whether it changed what the
     * public sees of a published claim, which then goes back to review.
     */
    record Written(int version, UserId verdictBy, boolean reopens) {
    }

    /**
     * A revision's changes between the stored row {@code o} and the row {@code r} as written: {field: {before,
     * after}} for each field that differs, keyed by {@link ReviewField#key()}.
     */
    private static final String CHANGES = """
            case when o.verdict_id is distinct from r.verdict_id then jsonb_build_object('verdict',
                 jsonb_build_object('before', o.verdict_id, 'after', r.verdict_id)) else '{}' end
            || case when o.rationale is distinct from r.rationale then jsonb_build_object('rationale',
                 jsonb_build_object('before', o.rationale, 'after', r.rationale)) else '{}' end
            || case when o.claimant is distinct from r.claimant then jsonb_build_object('claimant',
                 jsonb_build_object('before', o.claimant, 'after', r.claimant)) else '{}' end
            || case when o.claim_date is distinct from r.claim_date then jsonb_build_object('claimDate',
                 jsonb_build_object('before', o.claim_date, 'after', r.claim_date)) else '{}' end
            || case when o.tags is distinct from r.tags then jsonb_build_object('tags',
                 jsonb_build_object('before', o.tags, 'after', r.tags)) else '{}' end
            || case when o.assignee_id is distinct from r.assignee_id then jsonb_build_object('assignee',
                 jsonb_build_object('before', o.assignee_id, 'after', r.assignee_id)) else '{}' end
            || case when o.due_date is distinct from r.due_date then jsonb_build_object('dueDate',
                 jsonb_build_object('before', o.due_date, 'after', r.due_date)) else '{}' end
            || case when o.claim_reviewed is distinct from r.claim_reviewed then jsonb_build_object('claimReviewed',
                 jsonb_build_object('before', o.claim_reviewed, 'after', r.claim_reviewed)) else '{}' end""";

    /** The row {@code r} as written, in the shape of {@link SnapshotJson} ({@link ReviewField#component()}). */
    private static final String SNAPSHOT = """
            jsonb_build_object('verdictId', r.verdict_id, 'rationale', r.rationale, 'claimant', r.claimant,
                               'claimDate', r.claim_date, 'tags', r.tags, 'assignee', r.assignee_id,
                               'dueDate', r.due_date, 'claimReviewed', r.claim_reviewed)""";

    /**
     * A claim's first review, at version 1, with its revision; {@code o} is the row as it is before any review
     * ({@link ReviewData#empty()}), for the changes.
     */
    static final String INSERT = """
            with written as (
                insert into claim_review (claim_id, project_id, verdict_id, verdict_by, rationale, claimant,
                                          claim_date, tags, assignee_id, due_date, claim_reviewed,
                                          updated_by, updated_at, version)
                values (:claim, :project, :verdict, :verdictBy, :rationale, :claimant, :claimDate, :tags,
                        :assignee, :due, :claimReviewed, :by, :now, 1)
                on conflict (claim_id) do nothing
                returning *
            )
            insert into review_revision (claim_id, entity_type, entity_id, at, actor_id, action, changes,
                                         snapshot)
            select r.claim_id, :entityType, r.claim_id, :now, :by, :action, %s, %s
            from written r, (select cast(null as bigint) as verdict_id, cast('' as text) as rationale,
                                    cast(null as text) as claimant, cast(null as date) as claim_date,
                                    cast('{}' as text[]) as tags, cast(null as bigint) as assignee_id,
                                    cast(null as date) as due_date, cast(null as text) as claim_reviewed) o
            """.formatted(CHANGES, SNAPSHOT);

    /**
     * Writes a claim's first review, at version 1 ("no review yet" is version 0, so an editor who read the
     * empty state cannot overwrite a review someone saved meanwhile), together with its revision.
     */
    void insert(ClaimId claimId, ProjectId projectId, ReviewData d, UserId verdictBy, Write w) {
        int rows = jdbc.sql(INSERT)
                .params(values(d))
                .param("claim", claimId.value()).param("project", projectId.value())
                .param("verdictBy", verdictBy == null ? null : verdictBy.value())
                .param("by", w.by().value()).param("now", Timestamp.from(w.now()))
                .param("action", w.action()).param("entityType", RevisionEntity.REVIEW.key())
                .update();
        OptimisticLock.requireOneRow(rows, "review");
    }

    /**
     * The statement of {@link #update}. One UPDATE joins everything it checks, so that a save is a single index
     * lookup of each row it needs: the review as written ({@code r}), the same review as it was ({@code o}, for the
     * changes; PostgreSQL before 18 has no {@code old} in RETURNING), the claim, its project and the editor's
     * membership. Only the claim's columns and who may edit come from their modules.
     */
    static final String UPDATE = """
            with written as (
                update claim_review r
                set verdict_id = :verdict, rationale = :rationale, claimant = :claimant, claim_date = :claimDate,
                    tags = :tags, assignee_id = :assignee, due_date = :due, claim_reviewed = :claimReviewed,
                    verdict_by = case when o.verdict_id is not distinct from cast(:verdict as bigint) then o.verdict_by
                                      when cast(:verdict as bigint) is null then null
                                      else cast(:by as bigint) end,
                    updated_by = :by, updated_at = :now, version = r.version + 1
                from claim_review o, claim c, project p, membership m
                -- the version is checked again on the row being written: a save that committed since wins
                where r.claim_id = :claim and r.version = :version and o.claim_id = r.claim_id
                  and c.id = r.claim_id and not c.deleted and p.id = c.project_id
                  and m.project_id = p.id and m.user_id = :by and %1$s
                  -- something changed
                  and (o.verdict_id, o.rationale, o.claimant, o.claim_date, o.tags, o.assignee_id, o.due_date,
                       o.claim_reviewed)
                      is distinct from (cast(:verdict as bigint), cast(:rationale as text), cast(:claimant as text),
                                        cast(:claimDate as date), cast(:tags as text[]), cast(:assignee as bigint),
                                        cast(:due as date), cast(:claimReviewed as text))
                  -- what the public sees of a published claim changes only on the slower way, back to review
                  and (c.status <> :published or cast(:publishedMayChange as boolean)
                       or (o.verdict_id, o.rationale, o.claimant, o.claim_date, o.claim_reviewed)
                          is not distinct from (cast(:verdict as bigint), cast(:rationale as text),
                                                cast(:claimant as text), cast(:claimDate as date),
                                                cast(:claimReviewed as text)))
                  and (cast(:verdict as bigint) is null
                       or o.verdict_id is not distinct from cast(:verdict as bigint)
                       or exists (select 1 from rating_level l where l.id = :verdict
                                  and l.project_id = c.project_id and not l.retired))
                  and (o.assignee_id is not distinct from cast(:assignee as bigint)
                       or cast(:assigneeMayChange as boolean) and (cast(:assignee as bigint) is null
                          or exists (select 1 from membership a where a.user_id = :assignee
                                     and a.project_id = c.project_id)))
                returning %2$s, r.version as written_version, r.verdict_by as written_verdict_by,
                          c.status = :published
                          and (o.verdict_id, o.rationale, o.claimant, o.claim_date, o.claim_reviewed)
                              is distinct from (r.verdict_id, r.rationale, r.claimant, r.claim_date, r.claim_reviewed)
                          as reopens,
                          %3$s as changes,
                          %4$s as snapshot
            ), revision as (
                insert into review_revision (claim_id, entity_type, entity_id, at, actor_id, action,
                                             changes, snapshot)
                select id, :entityType, id, :now, :by, :action, changes, snapshot
                from written
            )
            select * from written
            """.formatted(ProjectAccess.canEditSql(), ClaimRowMapper.COLUMNS.strip(), CHANGES, SNAPSHOT);

    /** A save that went through: the claim, and what was written. */
    record Saved(Claim claim, Written written) {
    }

    /**
     * Saves a review over {@code expectedVersion} in one statement and one round trip. It writes only if the
     * editor may edit the claim ({@link ProjectAccess#canEditSql()}), the version is current, something changed,
     * a changed verdict is on the scale and, if {@code assigneeMayChange}, a changed assignee is a member; it
     * records the field-by-field changes against the stored row as the revision. Telling a new assignee is the
     * caller's: the hot path, a save that keeps the assignee, stays one statement on the fewest tables.
     * Empty when nothing was written, for whichever of these reasons: the caller reads again to tell which.
     */
    Optional<Saved> update(ClaimId claimId, int expectedVersion, ReviewData d, Write w, boolean assigneeMayChange,
                           boolean publishedMayChange) {
        return jdbc.sql(UPDATE)
                .params(values(d))
                .param("claim", claimId.value()).param("version", expectedVersion)
                .param("by", w.by().value()).param("now", Timestamp.from(w.now()))
                .param("action", w.action()).param("entityType", RevisionEntity.REVIEW.key())
                .param("published", ClaimStatus.PUBLISHED.name())
                .param("assigneeMayChange", assigneeMayChange)
                .param("publishedMayChange", publishedMayChange)
                .query((rs, row) -> {
                    long verdictBy = rs.getLong("written_verdict_by");
                    var verdictById = rs.wasNull() ? null : new UserId(verdictBy);
                    return new Saved(claimRows.map(rs), new Written(rs.getInt("written_version"), verdictById,
                            rs.getBoolean("reopens")));
                })
                .optional();
    }

    private static java.util.Map<String, Object> values(ReviewData d) {
        var p = new java.util.HashMap<String, Object>();
        p.put("verdict", d.verdictId());
        p.put("rationale", d.rationale() == null ? "" : d.rationale());
        p.put("claimant", d.claimant());
        p.put("claimDate", d.claimDate() == null ? null : Date.valueOf(d.claimDate()));
        p.put("tags", d.tags().toArray(String[]::new));
        p.put("assignee", d.assignee() == null ? null : d.assignee().value());
        p.put("due", d.dueDate() == null ? null : Date.valueOf(d.dueDate()));
        p.put("claimReviewed", d.claimReviewed());
        return p;
    }

    void addRevision(ClaimId claimId, RevisionEntity entity, long entityId, UserId actor, ReviewAction action, Object changes,
                     Object snapshot, Instant now) {
        jdbc.sql("""
                        insert into review_revision (claim_id, entity_type, entity_id, at, actor_id, action, changes, snapshot)
                        values (:claim, :type, :entity, :at, :actor, :action, cast(:changes as jsonb), cast(:snapshot as jsonb))
                        """)
                .param("claim", claimId.value()).param("type", entity.key()).param("entity", entityId)
                .param("at", Timestamp.from(now)).param("actor", actor == null ? null : actor.value())
                .param("action", action.key())
                .param("changes", json.writeValueAsString(changes))
                .param("snapshot", snapshot == null ? null : json.writeValueAsString(snapshot))
                .update();
    }

    /**
     * The review's revisions and the claim's status changes, in time order. A revision is restorable when its
     * snapshot differs from the latest one: restoring the current state would mean nothing. The claim module's
     * words (its status action and key, status names) are bound from its enums, never spelled here.
     */
    private static final String REVISIONS = """
            select h.id, h.at,
                   coalesce(u.display_name, h.restored_people ->> 'actor_id' || ', restored from backup') as display_name,
                   h.action, h.changes, h.restorable from (
                select r.id, r.at, r.actor_id, r.restored_people, r.action, r.changes::text as changes,
                       r.snapshot is not null and r.snapshot is distinct from (
                           select l.snapshot from review_revision l where l.claim_id = r.claim_id
                           and l.snapshot is not null order by l.id desc limit 1) as restorable
                from review_revision r where r.claim_id = :claim
                union all
                select -s.id, s.at, s.actor_id, s.restored_people,
                       case when s.after ->> :statusKey = :published then :publishedAction
                            when s.before ->> :statusKey = :published and s.after ->> :statusKey <> :needsReview
                                 then :withdrawnAction
                            else :otherStatusAction end,
                       jsonb_strip_nulls(jsonb_build_object(
                           cast(:statusKey as text), jsonb_build_object('before', s.before -> :statusKey, 'after', s.after -> :statusKey),
                           'reason', s.after -> 'reason'))::text, false
                from claim_revision s where s.claim_id = :claim and s.action = :statusAction
            ) h left join app_user u on u.id = h.actor_id
            order by h.at, abs(h.id)
            """;

    List<ReviewRevision> revisions(ClaimId claimId) {
        return jdbc.sql(REVISIONS)
                .param("claim", claimId.value())
                .param("statusAction", ClaimRevisionAction.STATUS.key())
                .param("statusKey", ClaimRevisionAction.STATUS_KEY)
                .param("published", ClaimStatus.PUBLISHED.name())
                .param("needsReview", ClaimStatus.NEEDS_REVIEW.name())
                .param("publishedAction", ReviewAction.PUBLISHED.key())
                .param("withdrawnAction", ReviewAction.WITHDRAWN.key())
                .param("otherStatusAction", ReviewAction.STATUS.key())
                .query((rs, row) -> new ReviewRevision(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("display_name"), rs.getString("action"), rs.getString("changes"),
                        rs.getBoolean("restorable")))
                .list();
    }

    Optional<ReviewData> snapshot(ClaimId claimId, long revisionId) {
        return jdbc.sql("select snapshot::text from review_revision where id = :id and claim_id = :claim and snapshot is not null")
                .param("id", revisionId).param("claim", claimId.value())
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, SnapshotJson.class).toData());
    }

    /** The stored form of a review in revisions; user ids as numbers, dates as ISO text. */
    record SnapshotJson(Long verdictId, String rationale, String claimant, java.time.LocalDate claimDate,
                        List<String> tags, Long assignee, java.time.LocalDate dueDate, String claimReviewed) {
        ReviewData toData() {
            return new ReviewData(verdictId, rationale == null ? "" : rationale, claimant, claimDate,
                    tags == null ? List.of() : tags, assignee == null ? null : new UserId(assignee), dueDate,
                    claimReviewed);
        }
    }

    private static Stored map(ResultSet rs, int row) throws SQLException {
        Array tags = rs.getArray("tags");
        Date claimDate = rs.getDate("claim_date");
        Date due = rs.getDate("due_date");
        long verdict = rs.getLong("verdict_id");
        Long verdictId = rs.wasNull() ? null : verdict;
        long assignee = rs.getLong("assignee_id");
        UserId assigneeId = rs.wasNull() ? null : new UserId(assignee);
        long verdictBy = rs.getLong("verdict_by");
        UserId verdictById = rs.wasNull() ? null : new UserId(verdictBy);
        var data = new ReviewData(verdictId, rs.getString("rationale"), rs.getString("claimant"),
                claimDate == null ? null : claimDate.toLocalDate(),
                tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()), assigneeId,
                due == null ? null : due.toLocalDate(), rs.getString("claim_reviewed"));
        return new Stored(rs.getInt("version"), data, verdictById);
    }
}
