package org.factdesk.timeline;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.factdesk.base.OptimisticLock;
import org.factdesk.claim.ClaimDate;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.link.Difference;
import org.factdesk.link.LinkId;
import org.factdesk.link.LinkRelation;
import org.factdesk.link.LinkState;
import org.factdesk.source.DocumentId;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The timeline's tables: the events as last built, their members, the editors' event decisions, and which change
 * each project's timeline was built from. Claims, links and verdicts are read here in SQL (decision 0014): the
 * build runs as the system, and a year's view is one statement.
 */
@Repository
class JdbcTimelineRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcTimelineRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // ---- what a build reads -------------------------------------------------------------------------------------

    /** A claim that may be on the timeline, with the dates it mentions. */
    record ClaimDates(ClaimId id, DocumentId documentId, int score, String quote, ClaimStatus status,
                      List<ClaimDate> dates) {
    }

    /** A link that says two claims speak of the same fact: confirmed by an editor, or suggested with a score. */
    record SameFact(LinkId id, ClaimId a, ClaimId b, LinkRelation relation, boolean confirmed, int score) {
    }

    // Only the claims that can be on the timeline: those with a date, a link or an editor's decision; every other claim
    // is undated and alone, and only counted. After a bulk import that is a fraction of the project.
    private static final String CLAIMS_OF_PROJECT = """
            select c.id, c.document_id, c.score, c.quote, c.status, c.facts -> 'dates' as dates
            from claim c
            where c.project_id = :project and not c.deleted and c.status <> 'DISMISSED'
              and (jsonb_array_length(c.facts -> 'dates') > 0
                   or exists (select 1 from claim_link l where l.claim_a = c.id)
                   or exists (select 1 from claim_link l where l.claim_b = c.id)
                   or exists (select 1 from event_decision x where x.claim_id = c.id and x.active)
                   or exists (select 1 from event_decision x where x.other_claim_id = c.id and x.active))
            """;
    private static final String COUNT_CLAIMS = """
            select count(*) from claim where project_id = :project and not deleted and status <> 'DISMISSED'
            """;

    int countClaims(ProjectId project) {
        return jdbc.sql(COUNT_CLAIMS).param("project", project.value()).query(Integer.class).single();
    }

    List<ClaimDates> claims(ProjectId project) {
        return jdbc.sql(CLAIMS_OF_PROJECT).param("project", project.value()).query((rs, n) -> new ClaimDates(
                new ClaimId(rs.getLong("id")), new DocumentId(rs.getLong("document_id")), rs.getInt("score"),
                rs.getString("quote"), ClaimStatus.valueOf(rs.getString("status")), dates(rs.getString("dates"))))
                .list();
    }

    private List<ClaimDate> dates(String text) {
        return text == null || text.equals("[]") ? List.of() : json.readValue(text, new TypeReference<List<ClaimDate>>() {
        });
    }

    // Corroborating, conflicting and duplicate links tell of one fact; "related" ones of one story, not one event.
    private static final String SAME_FACT_LINKS = """
            select id, claim_a, claim_b, relation, state = 'CONFIRMED' as confirmed, score
            from claim_link
            where project_id = :project
              and relation in ('CORROBORATES', 'CONFLICTS', 'DUPLICATE')
              and (state = 'CONFIRMED' or state = 'SUGGESTED' and score >= :minScore)
            """;

    List<SameFact> sameFactLinks(ProjectId project, int minScore) {
        return jdbc.sql(SAME_FACT_LINKS).param("project", project.value()).param("minScore", minScore)
                .query((rs, n) -> new SameFact(new LinkId(rs.getLong("id")), new ClaimId(rs.getLong("claim_a")),
                        new ClaimId(rs.getLong("claim_b")), LinkRelation.valueOf(rs.getString("relation")),
                        rs.getBoolean("confirmed"), rs.getInt("score"))).list();
    }

    // ---- what a build writes ------------------------------------------------------------------------------------

    /** Serialises builds of one project across threads and instances, for the length of the transaction. */
    private static final String LOCK_PROJECT_TIMELINE = """
            select pg_advisory_xact_lock(hashtext('factdesk.timeline'), cast(:project as integer))
            """;
    private static final String DELETE_MEMBERS = "delete from event_member where project_id = :project";
    private static final String DELETE_EVENTS = "delete from timeline_event where project_id = :project";
    private static final String INSERT_MEMBERS = """
            insert into event_member (claim_id, project_id, event_id, document_id, status, quote, day, day_end,
                                      precision, at_time)
            select claim_id, :project, event_id, document_id, status, quote, day, day_end, precision, at_time
            from unnest(cast(:claims as bigint[]), cast(:events as bigint[]), cast(:documents as bigint[]),
                        cast(:statuses as text[]), cast(:quotes as text[]), cast(:days as date[]),
                        cast(:dayEnds as date[]), cast(:precisions as text[]), cast(:times as time[]))
                 as m(claim_id, event_id, document_id, status, quote, day, day_end, precision, at_time)
            """;
    private static final String INSERT_EVENTS = """
            insert into timeline_event (project_id, id, day, day_end, precision, at_time, title, claims, sources, conflicts)
            select :project, id, day, day_end, precision, at_time, title, claims, sources, conflicts
            from unnest(cast(:ids as bigint[]), cast(:days as date[]), cast(:dayEnds as date[]),
                        cast(:precisions as text[]), cast(:times as time[]), cast(:titles as text[]),
                        cast(:claims as integer[]), cast(:sources as integer[]), cast(:conflicts as integer[]))
                 as e(id, day, day_end, precision, at_time, title, claims, sources, conflicts)
            """;
    private static final String MARK_BUILT = """
            insert into timeline_state (project_id, built_at, undated) values (:project, :at, :undated)
            on conflict (project_id) do update set built_at = :at, undated = :undated
            """;

    void lockForBuild(ProjectId project) {
        jdbc.sql(LOCK_PROJECT_TIMELINE).param("project", project.value()).query((rs, n) -> 1).list();
    }

    void replace(ProjectId project, List<EventBuilder.BuiltEvent> events, int undated, Instant builtAt) {
        jdbc.sql(DELETE_MEMBERS).param("project", project.value()).update();
        jdbc.sql(DELETE_EVENTS).param("project", project.value()).update();
        int members = events.stream().mapToInt(e -> e.members().size()).sum();
        var claims = new Long[members];
        var eventIds = new Long[members];
        var documents = new Long[members];
        var statuses = new String[members];
        var quotes = new String[members];
        var days = new Date[members];
        var dayEnds = new Date[members];
        var precisions = new String[members];
        var times = new Time[members];
        int i = 0;
        for (var event : events) {
            for (var m : event.members()) {
                claims[i] = m.claim().value();
                eventIds[i] = event.id().value();
                documents[i] = m.document().value();
                statuses[i] = m.status().name();
                quotes[i] = m.quote();
                days[i] = m.date() == null ? null : Date.valueOf(m.date());
                dayEnds[i] = m.dateEnd() == null ? null : Date.valueOf(m.dateEnd());
                precisions[i] = m.precision() == null ? null : m.precision().name();
                times[i] = m.time() == null ? null : Time.valueOf(m.time());
                i++;
            }
        }
        if (members > 0) {
            jdbc.sql(INSERT_MEMBERS).param("project", project.value()).param("claims", claims).param("events", eventIds)
                    .param("documents", documents).param("statuses", statuses).param("quotes", quotes)
                    .param("days", days).param("dayEnds", dayEnds).param("precisions", precisions).param("times", times)
                    .update();
            int n = events.size();
            var ids = new Long[n];
            var eDays = new Date[n];
            var eEnds = new Date[n];
            var ePrecisions = new String[n];
            var eTimes = new Time[n];
            var titles = new String[n];
            var counts = new Integer[n];
            var sources = new Integer[n];
            var conflicts = new Integer[n];
            for (int e = 0; e < n; e++) {
                var event = events.get(e);
                ids[e] = event.id().value();
                eDays[e] = Date.valueOf(event.date());
                eEnds[e] = Date.valueOf(event.dateEnd());
                ePrecisions[e] = event.precision().name();
                eTimes[e] = event.time() == null ? null : Time.valueOf(event.time());
                titles[e] = event.title();
                counts[e] = event.members().size();
                sources[e] = event.sources();
                conflicts[e] = event.conflicts();
            }
            jdbc.sql(INSERT_EVENTS).param("project", project.value()).param("ids", ids).param("days", eDays)
                    .param("dayEnds", eEnds).param("precisions", ePrecisions).param("times", eTimes)
                    .param("titles", titles).param("claims", counts).param("sources", sources)
                    .param("conflicts", conflicts).update();
        }
        jdbc.sql(MARK_BUILT).param("project", project.value()).param("at", Timestamp.from(builtAt))
                .param("undated", undated).update();
    }

    // ---- what changed since the last build ----------------------------------------------------------------------

    private static final String NOTE_CHANGE = "insert into timeline_change (project_id, at) values (:project, :now)";
    private static final String TAKE_CHANGES = "delete from timeline_change where project_id = :project";
    private static final String OUT_OF_DATE = "select distinct project_id from timeline_change";
    private static final String CHANGES_PENDING = """
            select min(at) as oldest, max(at) as newest from timeline_change where project_id = :project
            """;

    /** The oldest and the newest change not yet built, both null when there is none. */
    record Pending(Instant oldest, Instant newest) {
    }

    Pending pending(ProjectId project) {
        return jdbc.sql(CHANGES_PENDING).param("project", project.value()).query((rs, n) -> new Pending(
                rs.getTimestamp("oldest") == null ? null : rs.getTimestamp("oldest").toInstant(),
                rs.getTimestamp("newest") == null ? null : rs.getTimestamp("newest").toInstant())).single();
    }
    private static final String IS_OUT_OF_DATE = """
            select exists (select 1 from timeline_change where project_id = :project)
            """;

    void noteChange(ProjectId project, Instant now) {
        jdbc.sql(NOTE_CHANGE).param("project", project.value()).param("now", Timestamp.from(now)).update();
    }

    /** Takes the changes committed so far; the build that takes them reads claims and links afterwards. */
    void takeChanges(ProjectId project) {
        jdbc.sql(TAKE_CHANGES).param("project", project.value()).update();
    }

    List<ProjectId> outOfDate() {
        return jdbc.sql(OUT_OF_DATE).query((rs, n) -> new ProjectId(rs.getLong(1))).list();
    }

    boolean isOutOfDate(ProjectId project) {
        return jdbc.sql(IS_OUT_OF_DATE).param("project", project.value()).query(Boolean.class).single();
    }

    // ---- what the page, the API and reports read ----------------------------------------------------------------

    /** One row per claim shown: its event, then the claim. */
    record EventClaimRow(EventId event, LocalDate day, LocalDate dayEnd, ClaimDate.Precision precision, LocalTime time,
                         String title, int conflicts, EventClaim claim) {

        EventClaimRow withoutVerdict() {
            return new EventClaimRow(event, day, dayEnd, precision, time, title, conflicts, claim.withoutVerdict());
        }
    }

    // The events and claims a query matches: one statement for the rows, one for how far they reach in time; both
    // filter alike, so the page's "everything" shows exactly what its filters let through.
    private static final String MATCHING = """
            from timeline_event e
            join event_member m on m.project_id = e.project_id and m.event_id = e.id
            join document d on d.id = m.document_id
            left join claim_review r on r.claim_id = m.claim_id
            left join rating_level l on l.id = r.verdict_id
            where e.project_id = :project
              and e.day <= :to and e.day_end >= :from
              and (cast(:event as bigint) is null or e.id = :event)
              and (cast(:document as bigint) is null or m.document_id = :document)
              and (cast(:outlet as text) is null or d.outlet = :outlet)
              and (cast(:status as text) is null or m.status = :status)
              and (cast(:verdict as bigint) is null or r.verdict_id = :verdict)
              and (not :conflictsOnly or e.conflicts > 0)
            """;
    private static final String EVENT_CLAIMS = """
            select e.id as event_id, e.day as e_day, e.day_end as e_day_end, e.precision as e_precision,
                   e.at_time as e_time, e.title, e.conflicts,
                   m.claim_id as id, m.document_id, d.title as document_title, d.outlet,
                   case when :quotes then m.quote else '' end as quote,
                   m.day, m.day_end, m.precision, m.at_time, m.status, l.label, l.color
            """ + MATCHING + """
            order by e.day, e.id, m.day nulls last, m.claim_id
            """;
    // Where most of the matching events are (the page opens there): the 5th and 95th percentile of their days.
    private static final String EVENT_SPAN = """
            select min(e.day) as first, max(e.day_end) as last,
                   percentile_disc(0.05) within group (order by e.day) as most_from,
                   percentile_disc(0.95) within group (order by e.day) as most_to
            """ + MATCHING;

    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    /** The claims of the matching events; without {@code quotes} their words are empty (a drawing needs none). */
    List<EventClaimRow> eventClaims(ProjectId project, TimelineQuery q, EventId only, boolean quotes) {
        return matching(jdbc.sql(EVENT_CLAIMS), project, q, only).param("quotes", quotes)
                .query(JdbcTimelineRepository::eventClaimRow).list();
    }

    // Without a filter on claims, how far the events reach is read from the events alone.
    private static final String EVENT_SPAN_ALL = """
            select min(day) as first, max(day_end) as last,
                   percentile_disc(0.05) within group (order by day) as most_from,
                   percentile_disc(0.95) within group (order by day) as most_to
            from timeline_event
            where project_id = :project and (not :conflictsOnly or conflicts > 0)
            """;

    TimelineService.Extent span(ProjectId project, TimelineQuery q) {
        var sql = q.document() == null && q.outlet() == null && q.status() == null && q.verdictId() == null
                ? jdbc.sql(EVENT_SPAN_ALL).param("project", project.value()).param("conflictsOnly", q.conflictsOnly())
                : matching(jdbc.sql(EVENT_SPAN), project, q, null);
        return sql.query((rs, n) -> new TimelineService.Extent(date(rs, "first"), date(rs, "last"),
                date(rs, "most_from"), date(rs, "most_to"))).single();
    }

    private static JdbcClient.StatementSpec matching(JdbcClient.StatementSpec sql, ProjectId project, TimelineQuery q,
                                                     EventId only) {
        return sql.param("project", project.value())
                .param("from", Date.valueOf(q.from() == null ? EARLIEST : q.from()))
                .param("to", Date.valueOf(q.to() == null ? LATEST : q.to()))
                .param("event", only == null ? null : only.value())
                .param("document", q.document() == null ? null : q.document().value())
                .param("outlet", q.outlet())
                .param("status", q.status() == null ? null : q.status().name())
                .param("verdict", q.verdictId())
                .param("conflictsOnly", q.conflictsOnly());
    }

    private static EventClaimRow eventClaimRow(ResultSet rs, int n) throws SQLException {
        var claim = new EventClaim(new ClaimId(rs.getLong("id")), new DocumentId(rs.getLong("document_id")),
                rs.getString("document_title"), rs.getString("outlet"), rs.getString("quote"), date(rs, "day"),
                date(rs, "day_end"), precision(rs.getString("precision")), time(rs, "at_time"),
                ClaimStatus.valueOf(rs.getString("status")), rs.getString("label"), rs.getString("color"));
        return new EventClaimRow(new EventId(rs.getLong("event_id")), date(rs, "e_day"), date(rs, "e_day_end"),
                precision(rs.getString("e_precision")), time(rs, "e_time"), rs.getString("title"), rs.getInt("conflicts"),
                claim);
    }

    // from the disputed events' members, so that a year of a large project reads their links by claim, not all links
    private static final String OPEN_CONFLICTS = """
            select l.id, l.claim_a, l.claim_b, l.state, l.differences, ma.event_id
            from event_member ma
            join claim_link l on l.claim_a = ma.claim_id
            join event_member mb on mb.claim_id = l.claim_b and mb.event_id = ma.event_id
            where ma.project_id = :project and ma.event_id = any(cast(:events as bigint[]))
              and l.relation = 'CONFLICTS' and l.state <> 'REJECTED'
            order by l.id
            """;

    record ConflictRow(EventId event, EventConflict conflict) {
    }

    List<ConflictRow> openConflicts(ProjectId project, Collection<EventId> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(OPEN_CONFLICTS).param("project", project.value())
                .param("events", events.stream().map(EventId::value).toArray(Long[]::new))
                .query((rs, n) -> new ConflictRow(new EventId(rs.getLong("event_id")), new EventConflict(
                        new LinkId(rs.getLong("id")), new ClaimId(rs.getLong("claim_a")),
                        new ClaimId(rs.getLong("claim_b")), LinkState.valueOf(rs.getString("state")),
                        differences(rs.getString("differences"))))).list();
    }

    private List<Difference> differences(String text) {
        return text == null ? List.of() : json.readValue(text, new TypeReference<List<Difference>>() {
        });
    }

    private static final String BOUNDS = """
            select min(e.day) as first, max(e.day_end) as last, (select undated from timeline_state s
                                                                where s.project_id = :project) as undated
            from timeline_event e where e.project_id = :project
            """;

    record Bounds(LocalDate first, LocalDate last, int undated) {
    }

    Bounds bounds(ProjectId project) {
        return jdbc.sql(BOUNDS).param("project", project.value())
                .query((rs, n) -> new Bounds(date(rs, "first"), date(rs, "last"), rs.getInt("undated"))).single();
    }

    private static final String EVENT_OF_CLAIM = "select event_id from event_member where claim_id = :claim";

    Optional<EventId> eventOf(ClaimId claim) {
        return jdbc.sql(EVENT_OF_CLAIM).param("claim", claim.value()).query((rs, n) -> new EventId(rs.getLong(1)))
                .optional();
    }

    // ---- editors' decisions -------------------------------------------------------------------------------------

    private static final String INSERT_DECISION = """
            insert into event_decision (project_id, kind, claim_id, other_claim_id, decided_by, decided_at)
            values (:project, :kind, :claim, :other, :by, :at)
            returning id
            """;
    private static final String INSERT_DECISION_REVISION = """
            insert into event_decision_revision (decision_id, at, actor_id, action, active)
            values (:decision, :at, :by, :action, :active)
            """;
    private static final String UNDO_DECISION = """
            update event_decision set active = false, version = version + 1
            where id = :id and project_id = :project and version = :version and active
            """;
    private static final String DECISIONS = """
            select x.id, x.version, x.kind, x.claim_id, x.other_claim_id, x.active, u.display_name, x.decided_at
            from event_decision x left join app_user u on u.id = x.decided_by
            where x.project_id = :project and (not :activeOnly or x.active)
            order by x.id
            """;

    long insertDecision(ProjectId project, EventDecisionKind kind, ClaimId claim, ClaimId other, UserId by, Instant at) {
        long id = jdbc.sql(INSERT_DECISION).param("project", project.value()).param("kind", kind.name())
                .param("claim", claim.value()).param("other", other == null ? null : other.value())
                .param("by", by == null ? null : by.value()).param("at", Timestamp.from(at)).query(Long.class).single();
        revision(id, at, by, "DECIDED", true);
        return id;
    }

    void undoDecision(ProjectId project, long id, int version, UserId by, Instant at) {
        OptimisticLock.requireOneRow(jdbc.sql(UNDO_DECISION).param("id", id).param("project", project.value())
                .param("version", version).update(), "event decision");
        revision(id, at, by, "UNDONE", false);
    }

    private void revision(long decision, Instant at, UserId by, String action, boolean active) {
        jdbc.sql(INSERT_DECISION_REVISION).param("decision", decision).param("at", Timestamp.from(at))
                .param("by", by == null ? null : by.value()).param("action", action).param("active", active).update();
    }

    List<TimelineService.Decision> decisions(ProjectId project, boolean activeOnly) {
        return jdbc.sql(DECISIONS).param("project", project.value()).param("activeOnly", activeOnly)
                .query((rs, n) -> new TimelineService.Decision(rs.getLong("id"), rs.getInt("version"),
                        EventDecisionKind.valueOf(rs.getString("kind")), new ClaimId(rs.getLong("claim_id")),
                        rs.getObject("other_claim_id") == null ? null : new ClaimId(rs.getLong("other_claim_id")),
                        rs.getBoolean("active"), rs.getString("display_name"),
                        rs.getTimestamp("decided_at").toInstant())).list();
    }

    // ---- column helpers ------------------------------------------------------------------------------------------

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        var d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static LocalTime time(ResultSet rs, String column) throws SQLException {
        var t = rs.getTime(column);
        return t == null ? null : t.toLocalTime();
    }

    private static ClaimDate.Precision precision(String text) {
        return text == null ? null : ClaimDate.Precision.valueOf(text);
    }
}
