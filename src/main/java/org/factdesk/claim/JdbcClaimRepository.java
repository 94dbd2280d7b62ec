package org.factdesk.claim;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.base.OptimisticLock;
import org.factdesk.base.database.CopyIn;
import org.factdesk.base.database.NewIds;
import org.factdesk.source.DocumentId;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcClaimRepository {

    private static final String COLUMNS = ClaimRowMapper.COLUMNS;

    private final JdbcClient jdbc;
    private final CopyIn copy;
    private final NewIds newIds;
    private final JsonMapper json;
    private final ClaimRowMapper rows;

    JdbcClaimRepository(JdbcClient jdbc, CopyIn copy, NewIds newIds, JsonMapper json, ClaimRowMapper rows) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.copy = copy;
        this.newIds = newIds;
        this.json = json;
    }

    ClaimId insert(ClaimData d, UserId by, Instant now) {
        long id = jdbc.sql("""
                        insert into claim (project_id, document_id, document_version, start_offset, end_offset, quote, prefix,
                                           suffix, score, signals, facts, claimant, has_figure, status, origin, anchor,
                                           created_by, created_at, updated_at)
                        values (:project, :document, :documentVersion, :start, :end, :quote, :prefix, :suffix, :score,
                                cast(:signals as jsonb), cast(:facts as jsonb), :claimant, :hasFigure, :status, :origin,
                                :anchor, :by, :now, :now)
                        returning id
                        """)
                .params(params(d))
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        return new ClaimId(id);
    }

    private static final String COPY_CLAIMS = """
            copy claim (id, project_id, document_id, document_version, start_offset, end_offset, quote, prefix, suffix,
                        score, signals, facts, claimant, has_figure, status, origin, anchor, created_by, created_at,
                        updated_at)
            from stdin
            """;

    private static final String COPY_REVISIONS = """
            copy claim_revision (claim_id, at, actor_id, action, before, after) from stdin
            """;

    /**
     * Many new claims, each with a first revision {@code action} saying what it was found with (its quote, status and
     * score, as {@link ClaimHistory#created} writes them). Extraction finds dozens per document, and a bulk import
     * hundreds per batch, so they go in with {@code COPY}, two statements for any number of claims.
     */
    void insertAll(List<ClaimData> claims, UserId by, ClaimRevisionAction action, Instant now) {
        if (claims.isEmpty()) {
            return;
        }
        var ids = newIds.take("claim", claims.size());
        copy.copy(COPY_CLAIMS, rows -> {
            for (int i = 0; i < claims.size(); i++) {
                var d = claims.get(i);
                rows.row(ids.get(i), d.projectId().value(), d.documentId().value(), d.documentVersion(),
                        d.span().start(), d.span().end(), d.quote(), d.prefix(), d.suffix(), d.score(),
                        json.writeValueAsString(d.signals()), json.writeValueAsString(d.facts()),
                        d.facts().claimant(), d.facts().hasFigure(), d.status().name(), d.origin().name(),
                        d.anchor().name(), by.value(), now, now);
            }
        });
        copy.copy(COPY_REVISIONS, rows -> {
            for (int i = 0; i < claims.size(); i++) {
                var d = claims.get(i);
                var after = new LinkedHashMap<String, Object>();
                after.put("quote", d.quote());
                after.put("status", d.status().name());
                after.put("score", d.score());
                rows.row(ids.get(i), now, by.value(), action.key(), null, json.writeValueAsString(after));
            }
        });
    }

    void update(ClaimId id, int expectedVersion, ClaimData d, Instant now) {
        int rows = jdbc.sql("""
                        update claim set document_version = :documentVersion, start_offset = :start, end_offset = :end,
                               quote = :quote, prefix = :prefix, suffix = :suffix, score = :score,
                               signals = cast(:signals as jsonb), facts = cast(:facts as jsonb), claimant = :claimant,
                               has_figure = :hasFigure, status = :status, origin = :origin, anchor = :anchor,
                               updated_at = :now, version = version + 1
                        where id = :id and version = :version and not deleted
                        """)
                .params(params(d))
                .param("now", Timestamp.from(now))
                .param("id", id.value())
                .param("version", expectedVersion)
                .update();
        OptimisticLock.requireOneRow(rows, "claim");
    }

    void markDeleted(ClaimId id, int expectedVersion, Instant now) {
        int rows = jdbc.sql("""
                        update claim set deleted = true, updated_at = :now, version = version + 1
                        where id = :id and version = :version and not deleted
                        """)
                .param("now", Timestamp.from(now))
                .param("id", id.value())
                .param("version", expectedVersion)
                .update();
        OptimisticLock.requireOneRow(rows, "claim");
    }

    /** {@link #fields} with the JSON columns as JSON text, for a statement's parameters. */
    private Map<String, Object> params(ClaimData d) {
        var p = fields(d);
        p.put("signals", json.writeValueAsString(d.signals()));
        p.put("facts", json.writeValueAsString(d.facts()));
        return p;
    }

    /** A claim's columns by parameter name, the JSON columns as the objects they hold. */
    private static Map<String, Object> fields(ClaimData d) {
        var p = new LinkedHashMap<String, Object>();
        p.put("project", d.projectId().value());
        p.put("document", d.documentId().value());
        p.put("documentVersion", d.documentVersion());
        p.put("start", d.span().start());
        p.put("end", d.span().end());
        p.put("quote", d.quote());
        p.put("prefix", d.prefix());
        p.put("suffix", d.suffix());
        p.put("score", d.score());
        p.put("signals", d.signals());
        p.put("facts", d.facts());
        p.put("claimant", d.facts().claimant());
        p.put("hasFigure", d.facts().hasFigure());
        p.put("status", d.status().name());
        p.put("origin", d.origin().name());
        p.put("anchor", d.anchor().name());
        return p;
    }

    Optional<Claim> findById(ClaimId id) {
        return jdbc.sql("select " + COLUMNS + " from claim c where c.id = :id and not c.deleted")
                .param("id", id.value())
                .query(this::map)
                .optional();
    }

    /** A claim together with the given user's membership of its project: what an edit checks, in one round trip. */
    Optional<Map.Entry<Claim, MyProject>> findForMember(ClaimId id, UserId user) {
        return jdbc.sql("select " + COLUMNS + ", " + ProjectAccess.MEMBERSHIP_COLUMNS + """
                         from claim c join project p on p.id = c.project_id
                             join membership m on m.project_id = p.id and m.user_id = :member
                        where c.id = :claim and not c.deleted
                        """)
                .param("claim", id.value())
                .param("member", user.value())
                .query((rs, row) -> {
                    var claim = map(rs, row);
                    return Map.entry(claim, ProjectAccess.myProject(rs, claim.data().projectId()));
                })
                .optional();
    }

    List<Claim> findByDocument(DocumentId documentId) {
        return jdbc.sql("select " + COLUMNS + " from claim c where c.document_id = :document and not c.deleted "
                        + "order by c.start_offset, c.id")
                .param("document", documentId.value())
                .query(this::map)
                .list();
    }

    List<ClaimRow> find(ProjectId projectId, ClaimQuery query, ClaimSort sort, int offset, int limit, Long[] hidden) {
        var params = new LinkedHashMap<String, Object>();
        String where = where(projectId, query, params, hidden);
        var spec = jdbc.sql("""
                select c.id, c.document_id, d.title, d.outlet, c.quote, c.score, c.signals, c.status, c.claimant,
                       c.has_figure, c.anchor, cl.label as verdict, cl.color as verdict_color,
                       ca.display_name as assignee, cr.tags
                from claim c join document d on d.id = c.document_id
                left join claim_review cr on cr.claim_id = c.id
                left join rating_level cl on cl.id = cr.verdict_id
                left join app_user ca on ca.id = cr.assignee_id
                """ + where + " order by " + sort.sql + " limit :limit offset :offset");
        params.forEach(spec::param);
        return spec.param("limit", limit).param("offset", offset)
                .query((rs, row) -> {
                    var tags = rs.getArray("tags");
                    return new ClaimRow(new ClaimId(rs.getLong("id")), new DocumentId(rs.getLong("document_id")),
                            rs.getString("title"), rs.getString("outlet"), rs.getString("quote"), rs.getInt("score"),
                            signals(rs.getString("signals")), ClaimStatus.valueOf(rs.getString("status")),
                            rs.getString("claimant"), rs.getBoolean("has_figure"),
                            AnchorState.valueOf(rs.getString("anchor")), rs.getString("verdict"),
                            rs.getString("verdict_color"), rs.getString("assignee"),
                            tags == null ? List.of() : java.util.Arrays.asList((String[]) tags.getArray()));
                })
                .list();
    }

    List<Claim> findClaims(ProjectId projectId, ClaimQuery query, ClaimSort sort, int offset, int limit, Long[] hidden) {
        var params = new LinkedHashMap<String, Object>();
        String where = where(projectId, query, params, hidden);
        var spec = jdbc.sql("select " + COLUMNS + " from claim c join document d on d.id = c.document_id" + where
                + " order by " + sort.sql + " limit :limit offset :offset");
        params.forEach(spec::param);
        return spec.param("limit", limit).param("offset", offset).query(this::map).list();
    }

    /** How many claims match, counted up to {@code cap}: an exact count of a million rows is not worth its time. */
    int countUpTo(ProjectId projectId, ClaimQuery query, int cap, Long[] hidden) {
        var params = new LinkedHashMap<String, Object>();
        String where = where(projectId, query, params, hidden);
        var spec = jdbc.sql("select count(*) from (select 1 from claim c join document d on d.id = c.document_id "
                + where + " limit :cap) matched");
        params.forEach(spec::param);
        return spec.param("cap", cap).query(Integer.class).single();
    }

    int count(ProjectId projectId, ClaimQuery query, Long[] hidden) {
        var params = new LinkedHashMap<String, Object>();
        String where = where(projectId, query, params, hidden);
        var spec = jdbc.sql("select count(*) from claim c join document d on d.id = c.document_id " + where);
        params.forEach(spec::param);
        return spec.query(Integer.class).single();
    }

    /** The ids of the claims a filter matches, by document: what a report of that filter covers. */
    Map<DocumentId, List<ClaimId>> idsByDocument(ProjectId projectId, ClaimQuery query, Long[] hidden) {
        var params = new LinkedHashMap<String, Object>();
        String where = where(projectId, query, params, hidden);
        var byDocument = new LinkedHashMap<DocumentId, List<ClaimId>>();
        jdbc.sql("select c.id, c.document_id from claim c join document d on d.id = c.document_id" + where
                        + " order by c.document_id, c.start_offset, c.id")
                .params(params)
                .query((rs, row) -> byDocument.computeIfAbsent(new DocumentId(rs.getLong("document_id")),
                        k -> new java.util.ArrayList<>()).add(new ClaimId(rs.getLong("id"))))
                .list();
        return byDocument;
    }

    /**
     * {@code hidden}: claims whose verdict the reader may not see yet (a blind agreement round); a filter on the
     * verdict never matches them, or the list would tell their verdict by what it shows.
     */
    private static String where(ProjectId projectId, ClaimQuery q, Map<String, Object> params, Long[] hidden) {
        var sql = new StringBuilder(" where c.project_id = :project and not c.deleted");
        params.put("project", projectId.value());
        if (q.document() != null) {
            sql.append(" and c.document_id = :document");
            params.put("document", q.document().value());
        }
        if (q.outlet() != null && !q.outlet().isBlank()) {
            sql.append(" and lower(d.outlet) = lower(:outlet)");
            params.put("outlet", q.outlet().strip());
        }
        if (q.status() != null) {
            sql.append(" and c.status = :status");
            params.put("status", q.status().name());
        }
        if (q.minScore() != null) {
            sql.append(" and c.score >= :minScore");
            params.put("minScore", q.minScore());
        }
        if (q.maxScore() != null) {
            sql.append(" and c.score <= :maxScore");
            params.put("maxScore", q.maxScore());
        }
        if (q.text() != null && !q.text().isBlank()) {
            sql.append(" and c.search @@ websearch_to_tsquery('english', :text)");
            params.put("text", q.text().strip());
        }
        if (Boolean.TRUE.equals(q.hasFigure())) {
            sql.append(" and c.has_figure");
        }
        // the review's columns, which the claims list shows beside each claim (see docs/decisions)
        if (q.verdictId() != null) {
            sql.append(" and exists (select 1 from claim_review r where r.claim_id = c.id and r.verdict_id = :verdict)");
            params.put("verdict", q.verdictId());
            if (hidden.length > 0) {
                sql.append(" and c.id <> all(:hidden)");
                params.put("hidden", hidden);
            }
        }
        if (q.assignee() != null) {
            sql.append(" and exists (select 1 from claim_review r where r.claim_id = c.id and r.assignee_id = :assignee)");
            params.put("assignee", q.assignee().value());
        }
        if (q.tag() != null && !q.tag().isBlank()) {
            sql.append(" and exists (select 1 from claim_review r where r.claim_id = c.id"
                    + " and lower(:tag) = any(select lower(t) from unnest(r.tags) t))");
            params.put("tag", q.tag().strip());
        }
        if (Boolean.TRUE.equals(q.sourceChanged())) {
            sql.append(" and exists (select 1 from claim_source_change s where s.claim_id = c.id and s.resolved_at is null)");
        }
        String claimantWords = claimantPrefixQuery(q.claimant());
        if (claimantWords != null) {
            // word prefixes, so "isra" finds "the Israeli military"; served by a GIN index
            sql.append(" and c.claimant_search @@ to_tsquery('simple', :claimant)");
            params.put("claimant", claimantWords);
        }
        return sql.toString();
    }

    static String claimantPrefixQuery(String typed) {
        if (typed == null) {
            return null;
        }
        var words = new java.util.ArrayList<String>();
        for (String word : typed.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word + ":*");
            }
        }
        return words.isEmpty() ? null : String.join(" & ", words);
    }

    void addRevision(ClaimId id, UserId actor, ClaimRevisionAction action, Object before, Object after, Instant now) {
        jdbc.sql("""
                        insert into claim_revision (claim_id, at, actor_id, action, before, after)
                        values (:claim, :at, :actor, :action, cast(:before as jsonb), cast(:after as jsonb))
                        """)
                .param("claim", id.value())
                .param("at", Timestamp.from(now))
                .param("actor", actor == null ? null : actor.value())
                .param("action", action.key())
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    List<ClaimRevision> revisions(ClaimId id) {
        return jdbc.sql("""
                        select r.id, r.at,
                               coalesce(u.display_name, r.restored_people ->> 'actor_id' || ', restored from backup') as display_name,
                               r.action, r.before::text as before, r.after::text as after
                        from claim_revision r left join app_user u on u.id = r.actor_id
                        where r.claim_id = :claim order by r.id
                        """)
                .param("claim", id.value())
                .query((rs, row) -> new ClaimRevision(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("display_name"), ClaimRevisionAction.ofKey(rs.getString("action")), rs.getString("before"), rs.getString("after")))
                .list();
    }

    void insertSourceChange(Claim claim, int toVersion, String newQuote, String summary, Instant now) {
        jdbc.sql("""
                        insert into claim_source_change (claim_id, project_id, from_version, to_version, old_quote,
                                                         new_quote, summary, at)
                        values (:claim, :project, :from, :to, :oldQuote, :newQuote, :summary, :now)
                        """)
                .param("claim", claim.id().value()).param("project", claim.data().projectId().value())
                .param("from", claim.data().documentVersion()).param("to", toVersion)
                .param("oldQuote", claim.data().quote()).param("newQuote", newQuote).param("summary", summary)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The oldest change nobody has checked yet: its old quote is what was reviewed. */
    Optional<SourceChange> openSourceChange(ClaimId id) {
        return jdbc.sql("""
                        select id, claim_id, from_version, to_version, old_quote, new_quote, at,
                               (select string_agg(summary, '; ' order by id) from claim_source_change o
                                where o.claim_id = s.claim_id and o.resolved_at is null) as summary
                        from claim_source_change s
                        where claim_id = :claim and resolved_at is null
                        order by id limit 1
                        """)
                .param("claim", id.value())
                .query((rs, row) -> new SourceChange(rs.getLong("id"), new ClaimId(rs.getLong("claim_id")),
                        rs.getInt("from_version"), rs.getInt("to_version"), rs.getString("old_quote"),
                        rs.getString("new_quote"), rs.getString("summary"), rs.getTimestamp("at").toInstant()))
                .optional();
    }

    int resolveSourceChanges(ClaimId id, UserId by, Instant now) {
        return jdbc.sql("""
                        update claim_source_change set resolved_at = :now, resolved_by = :by, version = version + 1
                        where claim_id = :claim and resolved_at is null
                        """)
                .param("claim", id.value()).param("by", by.value()).param("now", Timestamp.from(now))
                .update();
    }

    private List<Signal> signals(String text) {
        return rows.signals(text);
    }

    private Claim map(ResultSet rs, int row) throws SQLException {
        return rows.map(rs);
    }
}
