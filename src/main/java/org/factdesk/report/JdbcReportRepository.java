package org.factdesk.report;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.claim.ClaimRevisionAction;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.review.Publication;
import org.factdesk.review.RevisionEntity;
import org.factdesk.source.Block;
import org.factdesk.team.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Read-only: what reports and the dashboard show, joined across sources, claims and reviews (decision 0014). */
@Repository
class JdbcReportRepository {

    private static final TypeReference<List<Block>> BLOCKS = new TypeReference<>() {
    };

    /** The claims given, with their reviews and their last publication; who published it only while published. */
    private static final String CLAIMS = """
            select c.id, c.document_id, c.document_version, c.start_offset, c.end_offset, c.quote, c.prefix,
                   c.suffix, c.score, c.signals::text as signals, c.facts::text as facts, c.status, c.origin,
                   c.anchor, coalesce(r.claimant, c.claimant) as claimant, coalesce(r.rationale, '') as rationale,
                   r.claim_date, r.tags, a.display_name as assignee, r.due_date, r.claim_reviewed,
                   l.id as verdict_id, l.label as verdict, l.color as verdict_color, l.value as verdict_value,
                   coalesce(vb.display_name, r.restored_people ->> 'verdict_by' || ', restored from backup') as verdict_by, cb.display_name as created_by, c.created_at,
                   greatest(c.updated_at, r.updated_at) as modified_at,
                   (select max(cr.at) from claim_revision cr where cr.claim_id = c.id
                      and cr.after ->> :statusKey = :published) as published_at,
                   pl.label as pub_verdict, pl.value as pub_verdict_value, pub.rationale as pub_rationale,
                   coalesce(pub.claimant, c.claimant) as pub_claimant, pub.claim_date as pub_claim_date,
                   pub.claim_reviewed as pub_claim_reviewed, pub.quote as pub_quote,
                   coalesce(pu.display_name, pub.restored_people ->> 'actor_id' || ', restored from backup') as pub_by,
                   pub.at as pub_at,
                   -- who published the verdict shown: nobody, while a change to it waits for review
                   case when c.status = :published
                        then coalesce(pu.display_name, pub.restored_people ->> 'actor_id' || ', restored from backup')
                   end as published_by
            from claim c
            left join lateral (select * from claim_publication p where p.claim_id = c.id
                               order by p.id desc limit 1) pub on pub.kind = :publishedKind
            left join rating_level pl on pl.id = pub.verdict_id
            left join app_user pu on pu.id = pub.actor_id
            left join claim_review r on r.claim_id = c.id
            left join rating_level l on l.id = r.verdict_id
            left join app_user a on a.id = r.assignee_id
            left join app_user vb on vb.id = r.verdict_by
            left join app_user cb on cb.id = c.created_by
            where c.id = any(:ids)
            order by c.document_id, c.start_offset, c.id
            """;

    private static final String KEPT = """
            select c.id from claim c left join claim_review r on r.claim_id = c.id
            where c.id = any(:ids)
              and (cast(:dismissed as boolean) or c.status <> :dismissedStatus)
              and (cast(:unreviewed as boolean) or r.verdict_id is not null)
            """;

    private static final String BY_STATUS = """
            select status, count(*) as n from claim where id = any(:ids) group by status
            """;

    /**
     * Only the statuses this version knows: a restored backup's history is copied unchecked, and one odd row must
     * not stop a report.
     */
    private static final String STATUS_EVENTS = """
            select claim_id, (at at time zone 'UTC')::date as day, after ->> :statusKey as status
            from claim_revision
            where claim_id = any(:ids) and after ->> :statusKey = any(:statuses)
            order by at, id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcReportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record ProjectInfo(String name, String description) {
    }

    ProjectInfo project(ProjectId projectId) {
        return jdbc.sql("select name, coalesce(description, '') as description from project where id = :project")
                .param("project", projectId.value())
                .query((rs, row) -> new ProjectInfo(rs.getString("name"), rs.getString("description")))
                .single();
    }

    List<ReportRows.Level> scale(ProjectId projectId) {
        return jdbc.sql("select id, label, color, value from rating_level where project_id = :project and not retired "
                        + "order by position, id")
                .param("project", projectId.value())
                .query((rs, row) -> new ReportRows.Level(rs.getLong("id"), rs.getString("label"), rs.getString("color"),
                        rs.getInt("value")))
                .list();
    }

    ReportRows.Publisher publisher(ProjectId projectId) {
        return jdbc.sql("select publisher_name, publisher_url, public_url_base from review_settings where project_id = :project")
                .param("project", projectId.value())
                .query((rs, row) -> new ReportRows.Publisher(rs.getString("publisher_name"), rs.getString("publisher_url"),
                        rs.getString("public_url_base")))
                .optional().orElse(new ReportRows.Publisher(null, null, null));
    }

    /** The project's documents, or only those given, in the order of the report: by date, then title. */
    List<Long> documentIds(ProjectId projectId, List<Long> only) {
        return jdbc.sql("""
                        select id from document
                        where project_id = :project and (cast(:all as boolean) or id = any(:only))
                        order by published_on nulls last, lower(title), id
                        """)
                .param("project", projectId.value())
                .param("all", only == null)
                .param("only", only == null ? new Long[0] : only.toArray(Long[]::new))
                .query(Long.class).list();
    }

    /** Titles of the project's documents among {@code documentIds}: an id of another project names nothing. */
    Map<Long, String> titles(ProjectId projectId, List<Long> documentIds) {
        var titles = new LinkedHashMap<Long, String>();
        jdbc.sql("select id, title from document where id = any(:ids) and project_id = :project")
                .param("ids", documentIds.toArray(Long[]::new)).param("project", projectId.value())
                .query((rs, row) -> titles.put(rs.getLong("id"), rs.getString("title")))
                .list();
        return titles;
    }

    ReportRows.Document document(long documentId) {
        return jdbc.sql("""
                        select d.id, d.title, d.outlet, d.author, d.published_on, d.url, d.source_type, d.language,
                               d.created_at, v.number, v.text, v.structure::text as structure
                        from document d
                        join document_version v on v.document_id = d.id
                             and v.number = (select max(number) from document_version w where w.document_id = d.id)
                        where d.id = :id
                        """)
                .param("id", documentId)
                .query((rs, row) -> new ReportRows.Document(rs.getLong("id"), rs.getString("title"), rs.getString("outlet"),
                        rs.getString("author"), localDate(rs, "published_on"), rs.getString("url"),
                        rs.getString("source_type"), rs.getString("language"), rs.getInt("number"), rs.getString("text"),
                        json.readValue(rs.getString("structure"), BLOCKS), rs.getTimestamp("created_at").toInstant()))
                .single();
    }

    /** The claims given, with their reviews, in reading order; evidence, comments and history as asked. */
    List<ReportRows.Claim> claims(List<Long> claimIds, ExportOptions options) {
        return claims(claimIds, options, false);
    }

    /** The same, and with {@code withLinks} each claim's links to claims of other sources. */
    List<ReportRows.Claim> claims(List<Long> claimIds, ExportOptions options, boolean withLinks) {
        Long[] ids = claimIds.toArray(Long[]::new);
        var links = withLinks ? claimLinks(ids) : Map.<Long, List<ReportRows.ClaimLink>>of();
        var evidence = options.evidence() ? evidence(ids) : Map.<Long, List<ReportRows.Evidence>>of();
        var comments = options.comments() ? comments(ids) : Map.<Long, List<ReportRows.Comment>>of();
        var history = options.history() ? history(ids) : Map.<Long, List<ReportRows.History>>of();
        return jdbc.sql(CLAIMS)
                .param("ids", ids)
                .param("published", ClaimStatus.PUBLISHED.name())
                .param("statusKey", ClaimRevisionAction.STATUS_KEY).param("publishedKind", Publication.Kind.PUBLISHED.name())
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    Array tags = rs.getArray("tags");
                    long verdictId = rs.getLong("verdict_id");
                    Long verdict = rs.wasNull() ? null : verdictId;
                    int value = rs.getInt("verdict_value");
                    Integer verdictValue = rs.wasNull() ? null : value;
                    return new ReportRows.Claim(id, rs.getLong("document_id"), rs.getInt("document_version"),
                            rs.getInt("start_offset"), rs.getInt("end_offset"), rs.getString("quote"), rs.getString("prefix"),
                            rs.getString("suffix"), rs.getInt("score"), rs.getString("signals"), rs.getString("facts"),
                            ClaimStatus.valueOf(rs.getString("status")), rs.getString("origin"), rs.getString("anchor"), rs.getString("claimant"),
                            rs.getString("rationale"), localDate(rs, "claim_date"),
                            tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()), rs.getString("assignee"),
                            localDate(rs, "due_date"), rs.getString("claim_reviewed"), verdict, rs.getString("verdict"),
                            rs.getString("verdict_color"), verdictValue, rs.getString("verdict_by"),
                            rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "modified_at"),
                            instant(rs, "published_at"), rs.getString("published_by"), evidence.getOrDefault(id, List.of()),
                            comments.getOrDefault(id, List.of()), history.getOrDefault(id, List.of()), published(rs),
                            links.getOrDefault(id, List.of()));
                })
                .list();
    }

    private static ReportRows.Published published(java.sql.ResultSet rs) throws java.sql.SQLException {
        if (rs.getTimestamp("pub_at") == null) {
            return null;
        }
        int value = rs.getInt("pub_verdict_value");
        Integer verdictValue = rs.wasNull() ? null : value;
        return new ReportRows.Published(rs.getString("pub_verdict"), verdictValue, rs.getString("pub_rationale"),
                rs.getString("pub_claimant"), localDate(rs, "pub_claim_date"), rs.getString("pub_claim_reviewed"),
                rs.getString("pub_quote"), rs.getString("pub_by"), instant(rs, "pub_at"));
    }

    private Map<Long, List<ReportRows.Evidence>> evidence(Long[] ids) {
        var byClaim = new LinkedHashMap<Long, List<ReportRows.Evidence>>();
        jdbc.sql("""
                        select e.claim_id, e.kind, e.relation, e.url, e.title, e.accessed_on, e.archived_url,
                               d.title as document_title, o.quote as other_quote, e.note
                        from evidence e
                        left join document d on d.id = e.document_id
                        left join claim o on o.id = e.other_claim_id
                        where e.claim_id = any(:ids) and not e.deleted
                        order by e.claim_id, e.id
                        """)
                .param("ids", ids)
                .query((rs, row) -> byClaim.computeIfAbsent(rs.getLong("claim_id"), k -> new ArrayList<>())
                        .add(new ReportRows.Evidence(rs.getLong("claim_id"), rs.getString("kind"), rs.getString("relation"),
                                rs.getString("url"), rs.getString("title"), localDate(rs, "accessed_on"),
                                rs.getString("archived_url"), rs.getString("document_title"), rs.getString("other_quote"),
                                rs.getString("note"))))
                .list();
        return byClaim;
    }

    private Map<Long, List<ReportRows.Comment>> comments(Long[] ids) {
        var byClaim = new LinkedHashMap<Long, List<ReportRows.Comment>>();
        jdbc.sql("""
                        select m.id, m.claim_id, m.parent_id,
                               coalesce(m.restored_people ->> 'author_id' || ', restored from backup', u.display_name) as display_name,
                               m.body, m.resolved, m.created_at
                        from comment m join app_user u on u.id = m.author_id
                        where m.claim_id = any(:ids) and not m.deleted
                        order by m.claim_id, m.id
                        """)
                .param("ids", ids)
                .query((rs, row) -> {
                    // wasNull speaks of the column read last: parent_id, so read it right before asking
                    long parent = rs.getLong("parent_id");
                    Long parentId = rs.wasNull() ? null : parent;
                    return byClaim.computeIfAbsent(rs.getLong("claim_id"), k -> new ArrayList<>())
                            .add(new ReportRows.Comment(rs.getLong("id"), rs.getLong("claim_id"), parentId,
                                    rs.getString("display_name"), rs.getString("body"), rs.getBoolean("resolved"),
                                    instant(rs, "created_at")));
                })
                .list();
        return byClaim;
    }

    /** Changes to the claim itself and to its review, merged in time order. */
    private Map<Long, List<ReportRows.History>> history(Long[] ids) {
        var byClaim = new LinkedHashMap<Long, List<ReportRows.History>>();
        jdbc.sql("""
                        select h.claim_id, h.at,
                               coalesce(u.display_name, h.restored_people ->> 'actor_id' || ', restored from backup') as display_name,
                               h.action, h.changes from (
                            select claim_id, at, actor_id, action, jsonb_build_object('before', before, 'after', after)::text as changes,
                                   restored_people
                            from claim_revision where claim_id = any(:ids)
                            union all
                            select claim_id, at, actor_id, action, changes::text, restored_people
                            from review_revision where claim_id = any(:ids)
                        ) h left join app_user u on u.id = h.actor_id
                        order by h.claim_id, h.at
                        """)
                .param("ids", ids)
                .query((rs, row) -> byClaim.computeIfAbsent(rs.getLong("claim_id"), k -> new ArrayList<>())
                        .add(new ReportRows.History(rs.getLong("claim_id"), instant(rs, "at"), rs.getString("display_name"),
                                rs.getString("action"), rs.getString("changes"))))
                .list();
        return byClaim;
    }

    /** The claims given that a report keeps: dismissed ones and those without a verdict only when included. */
    List<Long> kept(Long[] ids, boolean dismissed, boolean unreviewed) {
        return jdbc.sql(KEPT)
                .param("ids", ids).param("dismissed", dismissed).param("unreviewed", unreviewed)
                .param("dismissedStatus", ClaimStatus.DISMISSED.name())
                .query(Long.class).list();
    }

    /** Claims in scope per verdict, in scale order; claims without one last. */
    List<ReportRows.Count> byVerdict(Long[] ids) {
        return jdbc.sql("""
                        select coalesce(l.label, 'No verdict') as label, coalesce(l.color, '#bdbdbd') as color,
                               count(*) as n, min(coalesce(l.position, 1000)) as position
                        from claim c
                        left join claim_review r on r.claim_id = c.id
                        left join rating_level l on l.id = r.verdict_id
                        where c.id = any(:ids)
                        group by 1, 2 order by position, 1
                        """)
                .param("ids", ids)
                .query((rs, row) -> new ReportRows.Count(rs.getString("label"), rs.getString("color"), rs.getInt("n")))
                .list();
    }

    Map<ClaimStatus, Integer> byStatus(Long[] ids) {
        var counts = new EnumMap<ClaimStatus, Integer>(ClaimStatus.class);
        jdbc.sql(BY_STATUS)
                .param("ids", ids)
                .query((rs, row) -> counts.put(ClaimStatus.valueOf(rs.getString("status")), rs.getInt("n")))
                .list();
        return counts;
    }

    /** Per outlet (most claims first), the claims per verdict. */
    Map<String, List<ReportRows.Count>> byOutlet(Long[] ids) {
        var byOutlet = new LinkedHashMap<String, List<ReportRows.Count>>();
        jdbc.sql("""
                        select coalesce(nullif(d.outlet, ''), 'Unknown outlet') as outlet,
                               coalesce(l.label, 'No verdict') as label, coalesce(l.color, '#bdbdbd') as color,
                               count(*) as n, sum(count(*)) over (partition by coalesce(nullif(d.outlet, ''), 'Unknown outlet')) as total,
                               min(coalesce(l.position, 1000)) as position
                        from claim c
                        join document d on d.id = c.document_id
                        left join claim_review r on r.claim_id = c.id
                        left join rating_level l on l.id = r.verdict_id
                        where c.id = any(:ids)
                        group by 1, 2, 3 order by total desc, 1, position
                        """)
                .param("ids", ids)
                .query((rs, row) -> byOutlet.computeIfAbsent(rs.getString("outlet"), k -> new ArrayList<>())
                        .add(new ReportRows.Count(rs.getString("label"), rs.getString("color"), rs.getInt("n"))))
                .list();
        return byOutlet;
    }

    /** Who worked on the claims in scope: verdicts, review saves, status changes, evidence and comments. */
    Map<String, Map<String, Integer>> workByEditor(Long[] ids) {
        var work = new LinkedHashMap<String, Map<String, Integer>>();
        jdbc.sql("""
                        select u.display_name, w.kind, count(*) as n from (
                            select actor_id, case when entity_type = :review then 'Review edits'
                                                  when entity_type = :evidence then 'Evidence'
                                                  else 'Comments' end as kind
                            from review_revision where claim_id = any(:ids)
                            union all
                            select actor_id, 'Status changes' from claim_revision
                            where claim_id = any(:ids) and action = :statusAction
                        ) w join app_user u on u.id = w.actor_id
                        group by 1, 2 order by 1, 2
                        """)
                .param("ids", ids)
                .param("review", RevisionEntity.REVIEW.key()).param("evidence", RevisionEntity.EVIDENCE.key())
                .param("statusAction", ClaimRevisionAction.STATUS.key())
                .query((rs, row) -> work.computeIfAbsent(rs.getString("display_name"), k -> new LinkedHashMap<>())
                        .put(rs.getString("kind"), rs.getInt("n")))
                .list();
        return work;
    }

    record StatusEvent(long claimId, LocalDate day, ClaimStatus status) {
    }

    /** Every status a claim in scope took, with the day: creation first, then each change. */
    List<StatusEvent> statusEvents(Long[] ids) {
        return jdbc.sql(STATUS_EVENTS)
                .param("ids", ids)
                .param("statusKey", ClaimRevisionAction.STATUS_KEY)
                .param("statuses", Arrays.stream(ClaimStatus.values()).map(ClaimStatus::name).toArray(String[]::new))
                .query((rs, row) -> new StatusEvent(rs.getLong("claim_id"), localDate(rs, "day"),
                        ClaimStatus.valueOf(rs.getString("status"))))
                .list();
    }

    List<String> editors(Long[] ids) {
        return jdbc.sql("""
                        select distinct u.display_name from app_user u
                        where u.id in (select actor_id from review_revision where claim_id = any(:ids)
                                       union select verdict_by from claim_review where claim_id = any(:ids))
                        order by 1
                        """)
                .param("ids", ids).query(String.class).list();
    }

    record DateRange(LocalDate first, LocalDate last) {
    }

    DateRange dates(List<Long> documentIds) {
        return jdbc.sql("select min(published_on) as first, max(published_on) as last from document where id = any(:ids)")
                .param("ids", documentIds.toArray(Long[]::new))
                .query((rs, row) -> new DateRange(localDate(rs, "first"), localDate(rs, "last")))
                .single();
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    // ---- cross-source links (the link module's tables, read here as decision 0014 has it) -------------------------

    private static final TypeReference<List<ReportRows.Difference>> DIFFERENCES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    /** Both ends of a link are claims that are neither deleted nor dismissed: what the link module shows too. */
    private static final String LINK_ENDS = """
            join claim ca on ca.id = l.claim_a and not ca.deleted and ca.status <> 'DISMISSED'
            join claim cb on cb.id = l.claim_b and not cb.deleted and cb.status <> 'DISMISSED'
            """;

    /** Each link twice, once from each end: the rows of the claims asked for are kept. */
    private static final String CLAIM_LINKS = """
            select k.*, d.title, d.outlet, u.display_name from (
                select l.id, l.claim_a, l.claim_b, l.relation, l.state, l.score, l.reasons::text as reasons,
                       l.differences::text as differences, l.decided_by, l.decided_at, l.claim_a as this_id,
                       cb.id as other_id, cb.document_id as other_document, cb.quote as other_quote
                from claim_link l
                %1$s
                where l.claim_a = any(:ids)
                union all
                select l.id, l.claim_a, l.claim_b, l.relation, l.state, l.score, l.reasons::text,
                       l.differences::text, l.decided_by, l.decided_at, l.claim_b, ca.id, ca.document_id, ca.quote
                from claim_link l
                %1$s
                where l.claim_b = any(:ids)
            ) k
            join document d on d.id = k.other_document
            left join app_user u on u.id = k.decided_by
            order by k.this_id, case k.state when 'CONFIRMED' then 0 when 'SUGGESTED' then 1 else 2 end,
                     k.score desc, k.id
            """.formatted(LINK_ENDS);

    /**
     * The links of the claims given, rejected ones too (their state says so), each read from its claim: a link
     * between two of them appears under both.
     */
    private Map<Long, List<ReportRows.ClaimLink>> claimLinks(Long[] ids) {
        var byClaim = new LinkedHashMap<Long, List<ReportRows.ClaimLink>>();
        jdbc.sql(CLAIM_LINKS).param("ids", ids).query((rs, row) -> {
            long self = rs.getLong("this_id");
            var differences = json.readValue(rs.getString("differences"), DIFFERENCES);
            if (self == rs.getLong("claim_b")) {
                differences = differences.stream().map(d -> new ReportRows.Difference(d.kind(), d.otherSide(),
                        d.thisSide())).toList();
            }
            return byClaim.computeIfAbsent(self, k -> new ArrayList<>()).add(new ReportRows.ClaimLink(rs.getLong("id"),
                    rs.getString("relation"), rs.getString("state"), rs.getInt("score"),
                    json.readValue(rs.getString("reasons"), TEXTS), differences, rs.getLong("other_id"),
                    rs.getLong("other_document"), rs.getString("title"), rs.getString("outlet"),
                    rs.getString("other_quote"), rs.getString("display_name"), instant(rs, "decided_at")));
        }).list();
        return byClaim;
    }

    private static final String PAIRS = """
            select l.id, l.relation, l.state, l.score, l.reasons::text as reasons, l.differences::text as differences,
                   u.display_name as decided_by, l.decided_at, l.created_at, l.updated_at,
                   ca.id as a_id, ca.document_id as a_document, ca.document_version as a_claim_version,
                   ca.quote as a_quote, ca.prefix as a_prefix, ca.suffix as a_suffix,
                   da.title as a_title, da.outlet as a_outlet, da.url as a_url,
                   (select max(number) from document_version w where w.document_id = da.id) as a_version,
                   cb.id as b_id, cb.document_id as b_document, cb.document_version as b_claim_version,
                   cb.quote as b_quote, cb.prefix as b_prefix, cb.suffix as b_suffix,
                   db.title as b_title, db.outlet as b_outlet, db.url as b_url,
                   (select max(number) from document_version w where w.document_id = db.id) as b_version
            from claim_link l
            %s
            join document da on da.id = ca.document_id
            join document db on db.id = cb.document_id
            left join app_user u on u.id = l.decided_by
            where (l.claim_a = any(:ids) or l.claim_b = any(:ids))
              and (cast(:relation as text) is null or l.relation = :relation)
              and (cast(:withRejected as boolean) or l.state <> 'REJECTED')
            order by %s
            """;

    /** Which links of a report's claims to read: of one relation or any (null), rejected ones or not. */
    record LinkQuery(String relation, boolean withRejected, boolean importantFirst) {
    }

    /** How many links touch the claims given (either end among them). */
    int countLinks(Long[] ids, LinkQuery q) {
        return jdbc.sql("select count(*) from (" + PAIRS.formatted(LINK_ENDS, "l.id") + ") p")
                .param("ids", ids).param("relation", q.relation()).param("withRejected", q.withRejected())
                .query(Integer.class).single();
    }

    /**
     * The links that touch the claims given, with both ends, streamed to {@code each} one at a time: by id, or with
     * {@code importantFirst} confirmed before suggested and by score.
     */
    void links(Long[] ids, LinkQuery q, int limit, java.util.function.Consumer<ReportRows.LinkPair> each) {
        String order = q.importantFirst() ? "case l.state when 'CONFIRMED' then 0 else 1 end, l.score desc, l.id"
                : "l.id";
        jdbc.sql(PAIRS.formatted(LINK_ENDS, order) + " limit :limit")
                .param("ids", ids).param("relation", q.relation()).param("withRejected", q.withRejected())
                .param("limit", limit)
                .query(rs -> {
                    each.accept(new ReportRows.LinkPair(rs.getLong("id"), rs.getString("relation"),
                            rs.getString("state"), rs.getInt("score"), json.readValue(rs.getString("reasons"), TEXTS),
                            json.readValue(rs.getString("differences"), DIFFERENCES), end(rs, "a"), end(rs, "b"),
                            rs.getString("decided_by"), instant(rs, "decided_at"), instant(rs, "created_at"),
                            instant(rs, "updated_at")));
                });
    }

    private static ReportRows.LinkEnd end(ResultSet rs, String side) throws SQLException {
        return new ReportRows.LinkEnd(rs.getLong(side + "_id"), rs.getLong(side + "_document"),
                rs.getString(side + "_title"), rs.getString(side + "_outlet"), rs.getString(side + "_url"),
                rs.getInt(side + "_version"), rs.getInt(side + "_claim_version"), rs.getString(side + "_quote"),
                rs.getString(side + "_prefix"), rs.getString(side + "_suffix"));
    }
}
