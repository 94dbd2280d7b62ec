package org.factdesk.link;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.base.OptimisticLock;
import org.factdesk.base.database.Batches;
import org.factdesk.claim.ClaimFacts;
import org.factdesk.claim.ClaimId;
import org.factdesk.source.DocumentId;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Links, their revisions, and what linking works from: the queue of claims to link, each claim's blocking keys and
 * normalised words. Claims and documents are read here in SQL (decision 0014): linking runs as the system, for
 * every project, and needs no user's view of them.
 */
@Repository
class JdbcLinkRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcLinkRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // ---- the queue ----------------------------------------------------------------------------------------------

    /** A document's claims wait as one row (V15); a document queued again while taken is queued afresh. */
    private static final String QUEUE_DOCUMENTS = """
            insert into link_pending_document (document_id, project_id, claims, queued_at)
            select document_id, project_id, count(*), :now from claim
            where document_id = any(cast(:ids as bigint[])) and not deleted
            group by document_id, project_id
            on conflict (document_id) do update set claims = excluded.claims, queued_at = excluded.queued_at,
                                                    taken_at = null
            returning claims
            """;
    private static final String QUEUE_CLAIMS = """
            insert into link_pending (claim_id, project_id, queued_at)
            select id, project_id, :now from claim
            where id = any(cast(:ids as bigint[])) and not deleted
            on conflict (claim_id) do update set queued_at = excluded.queued_at, taken_at = null
            """;

    /**
     * Queues the claims, and every claim of the documents, to be linked; in the transaction that changed them. The
     * number of claims queued.
     */
    int queue(Collection<Long> documents, Collection<Long> claims, Instant now) {
        int queued = 0;
        if (!documents.isEmpty()) {
            queued += jdbc.sql(QUEUE_DOCUMENTS).param("ids", documents.toArray(Long[]::new))
                    .param("now", Timestamp.from(now)).query(Integer.class).list().stream().mapToInt(Integer::intValue)
                    .sum();
        }
        if (!claims.isEmpty()) {
            queued += jdbc.sql(QUEUE_CLAIMS).param("ids", claims.toArray(Long[]::new)).param("now", Timestamp.from(now)).update();
        }
        return queued;
    }

    private static final String QUEUE_PROJECT = """
            insert into link_pending (claim_id, project_id, queued_at)
            select id, project_id, :now from claim where project_id = :project and not deleted
            on conflict (claim_id) do update set queued_at = excluded.queued_at, taken_at = null
            """;

    int queueProject(ProjectId project, Instant now) {
        return jdbc.sql(QUEUE_PROJECT).param("project", project.value()).param("now", Timestamp.from(now)).update();
    }

    private static final String TAKE_CLAIMS = """
            update link_pending set taken_at = :now
            where claim_id in (
                select claim_id from link_pending where taken_at is null or taken_at < :stale
                order by queued_at, claim_id limit :n for update skip locked
            )
            returning claim_id
            """;

    private static final String WAITING_DOCUMENTS = """
            select document_id, claims from link_pending_document where taken_at is null or taken_at < :stale
            order by queued_at, document_id limit :n for update skip locked
            """;

    private static final String TAKE_DOCUMENTS = """
            update link_pending_document set taken_at = :now where document_id = any(cast(:ids as bigint[]))
            """;

    private static final String CLAIMS_OF_DOCUMENTS = """
            select id from claim where document_id = any(cast(:ids as bigint[])) and not deleted order by id
            """;

    /** Claims taken to be linked: on their own, or every claim of whole documents. */
    record Taken(List<Long> claims, List<Long> claimRows, List<Long> documents) {

        boolean isEmpty() {
            return claims.isEmpty() && documents.isEmpty();
        }
    }

    /**
     * About {@code n} queued claims nobody is linking (or whose worker has been silent since {@code stale}), marked
     * as taken at {@code now}; other instances take others. Claims queued on their own come first (an editor's
     * change should not wait behind an import); whole documents fill the rest, at least one document when there is
     * room for none. Documents over the limit stay locked, untaken, until this transaction ends.
     */
    Taken take(int n, Instant now, Instant stale) {
        var claimRows = jdbc.sql(TAKE_CLAIMS).param("n", n).param("now", Timestamp.from(now))
                .param("stale", Timestamp.from(stale)).query(Long.class).list();
        int room = n - claimRows.size();
        var waiting = room <= 0 ? List.<long[]>of() : jdbc.sql(WAITING_DOCUMENTS).param("n", room)
                .param("stale", Timestamp.from(stale))
                .query((rs, i) -> new long[] {rs.getLong("document_id"), rs.getInt("claims")}).list();
        var documents = Batches.fitting(waiting, row -> row[1], room).stream().map(row -> row[0]).toList();
        var all = new java.util.TreeSet<>(claimRows);
        if (!documents.isEmpty()) {
            var ids = documents.toArray(Long[]::new);
            jdbc.sql(TAKE_DOCUMENTS).param("ids", ids).param("now", Timestamp.from(now)).update();
            all.addAll(jdbc.sql(CLAIMS_OF_DOCUMENTS).param("ids", ids).query(Long.class).list());
        }
        return new Taken(List.copyOf(all), claimRows, documents);
    }

    private static final String DONE_CLAIMS = """
            delete from link_pending where claim_id = any(cast(:ids as bigint[])) and taken_at = :taken
            """;

    private static final String DONE_DOCUMENTS = """
            delete from link_pending_document where document_id = any(cast(:ids as bigint[])) and taken_at = :taken
            """;

    /** Off the queue, unless changed (and queued again) since they were taken at {@code taken}. */
    void done(Taken done, Instant taken) {
        if (!done.claimRows().isEmpty()) {
            jdbc.sql(DONE_CLAIMS).param("ids", done.claimRows().toArray(Long[]::new)).param("taken", Timestamp.from(taken))
                    .update();
        }
        if (!done.documents().isEmpty()) {
            jdbc.sql(DONE_DOCUMENTS).param("ids", done.documents().toArray(Long[]::new))
                    .param("taken", Timestamp.from(taken)).update();
        }
    }

    boolean anyPending() {
        return jdbc.sql("""
                        select exists (select 1 from link_pending) or exists (select 1 from link_pending_document)
                        """).query(Boolean.class).single();
    }

    /** Claims waiting to be linked in the project (a document's as many as it had when it was queued). */
    int pending(ProjectId project) {
        return jdbc.sql("""
                        select (select count(*) from link_pending where project_id = :project)
                             + (select coalesce(sum(claims), 0) from link_pending_document where project_id = :project)
                        """).param("project", project.value()).query(Integer.class).single();
    }

    // ---- what linking reads -------------------------------------------------------------------------------------

    /** A claim as linking reads it, with its document's outlet and date. */
    record ClaimRow(ClaimId id, ProjectId projectId, DocumentId documentId, String quote, ClaimFacts facts,
                    String outlet, java.time.LocalDate documentDate, float[] embedding) {
    }

    private static final String CLAIMS = """
            select c.id, c.project_id, c.document_id, c.quote, c.facts, d.outlet, d.published_on, t.embedding
            from claim c join document d on d.id = c.document_id left join link_text t on t.claim_id = c.id
            where c.id = any(cast(:ids as bigint[])) and not c.deleted and c.status <> 'DISMISSED'
            """;

    List<ClaimRow> claims(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(CLAIMS).param("ids", ids.toArray(Long[]::new)).query(this::claimRow).list();
    }

    private ClaimRow claimRow(ResultSet rs, int row) throws SQLException {
        var published = rs.getDate("published_on");
        return new ClaimRow(new ClaimId(rs.getLong("id")), new ProjectId(rs.getLong("project_id")),
                new DocumentId(rs.getLong("document_id")), rs.getString("quote"),
                json.readValue(rs.getString("facts"), ClaimFacts.class), rs.getString("outlet"),
                published == null ? null : published.toLocalDate(), floats(rs.getBytes("embedding")));
    }

    static float[] floats(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        var buffer = java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
        var out = new float[buffer.remaining()];
        buffer.get(out);
        return out;
    }

    static byte[] bytes(float[] floats) {
        var buffer = java.nio.ByteBuffer.allocate(floats.length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(floats);
        return buffer.array();
    }

    private static final String DELETE_KEYS = "delete from link_key where claim_id = any(cast(:claims as bigint[]))";
    private static final String INSERT_KEYS = """
            insert into link_key (project_id, claim_id, document_id, key)
            select project, claim, document, key
            from jsonb_to_recordset(cast(:rows as jsonb)) as r(project bigint, claim bigint, document bigint, key text)
            on conflict do nothing
            """;
    private static final String UPSERT_TEXT = """
            insert into link_text (claim_id, project_id, document_id, words, embedding)
            select claim, project, document, words, decode(embedding, 'base64')
            from jsonb_to_recordset(cast(:rows as jsonb)) as r(project bigint, claim bigint, document bigint, words text,
                                                               embedding text)
            on conflict (claim_id) do update set words = excluded.words, embedding = excluded.embedding
            """;

    /** Replaces the claims' blocking keys and normalised words. */
    void index(List<ClaimProfile> profiles, Map<ClaimId, ProjectId> projects) {
        if (profiles.isEmpty()) {
            return;
        }
        var keys = new ArrayList<Map<String, Object>>();
        var texts = new ArrayList<Map<String, Object>>();
        for (var p : profiles) {
            long project = projects.get(p.claimId()).value();
            for (String key : p.keys()) {
                keys.add(Map.of("project", project, "claim", p.claimId().value(), "document", p.documentId().value(),
                        "key", key));
            }
            var text = new HashMap<String, Object>();
            text.put("project", project);
            text.put("claim", p.claimId().value());
            text.put("document", p.documentId().value());
            text.put("words", p.normalisedText());
            text.put("embedding", p.embedding() == null ? null : java.util.Base64.getEncoder().encodeToString(bytes(p.embedding())));
            texts.add(text);
        }
        jdbc.sql(DELETE_KEYS).param("claims", profiles.stream().map(p -> p.claimId().value()).toArray(Long[]::new)).update();
        if (!keys.isEmpty()) {
            jdbc.sql(INSERT_KEYS).param("rows", json.writeValueAsString(keys)).update();
        }
        jdbc.sql(UPSERT_TEXT).param("rows", json.writeValueAsString(texts)).update();
    }

    /**
     * Candidates for many claims at once: claims of other documents in the same project sharing a blocking key
     * (at most {@code perKey} a key, the newest, so a key every claim has costs no more than a rare one), ranked by
     * how many keys they share; then those whose words are most alike by trigrams. Bounded per claim whatever the
     * project's size.
     */
    private static final String CANDIDATES = """
            with q as (
                select * from jsonb_to_recordset(cast(:rows as jsonb)) as q(claim bigint, project bigint, document bigint,
                                                                           key text)
            ), hits as (
                select q.claim, k.claim_id as candidate, count(*) as shared
                from q cross join lateral (
                    select lk.claim_id from link_key lk
                    where lk.project_id = q.project and lk.key = q.key and lk.document_id <> q.document
                    order by lk.claim_id desc limit :perKey
                ) k
                group by q.claim, k.claim_id
            ), ranked as (
                select claim, candidate, shared,
                       row_number() over (partition by claim order by shared desc, candidate desc) as r
                from hits
            )
            select claim, candidate from ranked where r <= :perClaim
            """;
    private static final String SIMILAR = """
            select t.claim_id from link_text t
            where t.project_id = :project and t.document_id <> :document and t.words % :words
            order by similarity(t.words, :words) desc limit :limit
            """;

    /** Fewer key candidates than this, and trigram similarity is asked too. */
    private static final int FEW = 20;

    Map<ClaimId, List<Long>> candidates(List<ClaimProfile> profiles, Map<ClaimId, ProjectId> projects, int perKey,
                                        int perClaim, int similar) {
        var found = new HashMap<ClaimId, List<Long>>();
        var rows = new ArrayList<Map<String, Object>>();
        for (var p : profiles) {
            found.put(p.claimId(), new ArrayList<>());
            for (String key : p.keys()) {
                rows.add(Map.of("claim", p.claimId().value(), "project", projects.get(p.claimId()).value(),
                        "document", p.documentId().value(), "key", key));
            }
        }
        if (!rows.isEmpty()) {
            jdbc.sql(CANDIDATES).param("rows", json.writeValueAsString(rows)).param("perKey", perKey)
                    .param("perClaim", perClaim)
                    .query(rs -> {
                        found.get(new ClaimId(rs.getLong(1))).add(rs.getLong(2));
                    });
        }
        boolean thresholdSet = false;
        for (var p : profiles) {
            var list = found.get(p.claimId());
            // trigrams only for a claim its keys found little for: over a story's shared vocabulary a trigram
            // search matches nearly everything and costs more than all the rest
            if (p.words().size() < 3 || list.size() >= FEW) {
                continue;
            }
            if (!thresholdSet) {
                jdbc.sql("select set_config('pg_trgm.similarity_threshold', '0.45', true)").query(String.class).single();
                thresholdSet = true;
            }
            jdbc.sql(SIMILAR).param("project", projects.get(p.claimId()).value()).param("document", p.documentId().value())
                    .param("words", p.normalisedText()).param("limit", similar).query(Long.class).list().stream()
                    .filter(id -> !list.contains(id)).forEach(list::add);
        }
        return found;
    }

    // ---- links ----------------------------------------------------------------------------------------------------

    private static final String COLUMNS = """
            l.id, l.version, l.project_id, l.claim_a, l.claim_b, l.relation, l.state, l.score, l.reasons,
            l.differences, l.decided_by, l.decided_at
            """;

    private static final String EXISTING = """
            select %s from claim_link l
            join jsonb_to_recordset(cast(:pairs as jsonb)) as p(a bigint, b bigint) on l.claim_a = p.a and l.claim_b = p.b
            """.formatted(COLUMNS);

    /** The links that exist for these pairs (each lower id first), by (a, b). */
    Map<List<Long>, Link> existing(Collection<List<Long>> pairs) {
        var found = new HashMap<List<Long>, Link>();
        if (pairs.isEmpty()) {
            return found;
        }
        var rows = pairs.stream().map(p -> Map.of("a", p.get(0), "b", p.get(1))).toList();
        jdbc.sql(EXISTING).param("pairs", json.writeValueAsString(rows)).query(this::link).list()
                .forEach(l -> found.put(List.of(l.data().claimA().value(), l.data().claimB().value()), l));
        return found;
    }

    private static final String INSERT = """
            with r as (
                select * from jsonb_to_recordset(cast(:rows as jsonb)) as r(project bigint, a bigint, b bigint,
                    relation text, score int, reasons jsonb, differences jsonb)
            ), inserted as (
                insert into claim_link (project_id, claim_a, claim_b, relation, state, score, reasons, differences,
                                        created_at, updated_at)
                select project, a, b, relation, 'SUGGESTED', score, reasons, differences, :now, :now from r
                on conflict (claim_a, claim_b) do nothing
                returning id, relation, score
            )
            insert into claim_link_revision (link_id, at, actor_id, action, before, after)
            select id, :now, null, 'SUGGESTED', null, jsonb_build_object('relation', relation, 'state', 'SUGGESTED',
                                                                          'score', score)
            from inserted
            """;

    /** New suggestions, each with its first revision; a pair that exists meanwhile is left as it is. */
    void insertSuggestions(List<LinkData> links, Instant now) {
        if (links.isEmpty()) {
            return;
        }
        jdbc.sql(INSERT).param("rows", json.writeValueAsString(links.stream().map(this::row).toList()))
                .param("now", Timestamp.from(now)).update();
    }

    private static final String RESUGGEST = """
            update claim_link l set relation = r.relation, score = r.score, reasons = r.reasons,
                   differences = r.differences, updated_at = :now, version = l.version + 1
            from jsonb_to_recordset(cast(:rows as jsonb)) as r(id bigint, relation text, score int, reasons jsonb,
                                                               differences jsonb)
            where l.id = r.id and l.state = 'SUGGESTED'
            """;

    /** Suggestions found again with another relation or reasons: only while nobody has decided on them. */
    void updateSuggestions(List<Link> links, Instant now) {
        if (links.isEmpty()) {
            return;
        }
        var rows = links.stream().map(l -> {
            var row = new HashMap<>(row(l.data()));
            row.put("id", l.id().value());
            return row;
        }).toList();
        jdbc.sql(RESUGGEST).param("rows", json.writeValueAsString(rows)).param("now", Timestamp.from(now)).update();
    }

    private Map<String, Object> row(LinkData d) {
        var row = new HashMap<String, Object>();
        row.put("project", d.projectId().value());
        row.put("a", d.claimA().value());
        row.put("b", d.claimB().value());
        row.put("relation", d.relation().name());
        row.put("score", d.score());
        row.put("reasons", d.reasons());
        row.put("differences", d.differences());
        return row;
    }

    Optional<Link> find(LinkId id) {
        return jdbc.sql("select " + COLUMNS + " from claim_link l where l.id = :id").param("id", id.value())
                .query(this::link).optional();
    }

    Optional<Link> findPair(ClaimId a, ClaimId b) {
        long lo = Math.min(a.value(), b.value());
        long hi = Math.max(a.value(), b.value());
        return jdbc.sql("select " + COLUMNS + " from claim_link l where l.claim_a = :a and l.claim_b = :b")
                .param("a", lo).param("b", hi).query(this::link).optional();
    }

    private static final String DECIDE = """
            update claim_link set relation = :relation, state = :state, decided_by = :by, decided_at = :now,
                   updated_at = :now, version = version + 1
            where id = :id and version = :version
            """;

    void decide(Link link, int expectedVersion, LinkRelation relation, LinkState state, UserId by, Instant now) {
        int rows = jdbc.sql(DECIDE).param("relation", relation.name()).param("state", state.name())
                .param("by", by.value()).param("now", Timestamp.from(now)).param("id", link.id().value())
                .param("version", expectedVersion).update();
        OptimisticLock.requireOneRow(rows, "link");
    }

    private static final String INSERT_CONFIRMED = """
            insert into claim_link (project_id, claim_a, claim_b, relation, state, score, reasons, differences,
                                    decided_by, decided_at, created_at, updated_at)
            values (:project, :a, :b, :relation, 'CONFIRMED', 100, cast(:reasons as jsonb), '[]', :by, :now, :now, :now)
            on conflict (claim_a, claim_b) do nothing
            returning id
            """;

    /** A link made by hand; empty if the pair got a link meanwhile (the linker suggested it at that moment). */
    Optional<LinkId> insertConfirmed(ProjectId project, ClaimId a, ClaimId b, LinkRelation relation, UserId by,
                                     Instant now) {
        long lo = Math.min(a.value(), b.value());
        long hi = Math.max(a.value(), b.value());
        return jdbc.sql(INSERT_CONFIRMED).param("project", project.value()).param("a", lo).param("b", hi)
                .param("relation", relation.name()).param("reasons", json.writeValueAsString(List.of("linked by hand")))
                .param("by", by.value()).param("now", Timestamp.from(now)).query(Long.class).optional().map(LinkId::new);
    }

    private static final String INSERT_REVISION = """
            insert into claim_link_revision (link_id, at, actor_id, action, before, after)
            values (:link, :now, :actor, :action, cast(:before as jsonb), cast(:after as jsonb))
            """;

    void addRevision(LinkId link, UserId actor, LinkState action, Map<String, Object> before, Map<String, Object> after,
                     Instant now) {
        jdbc.sql(INSERT_REVISION).param("link", link.value()).param("now", Timestamp.from(now))
                .param("actor", actor == null ? null : actor.value()).param("action", action.name())
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", json.writeValueAsString(after)).update();
    }

    /** One step of a link's history. */
    record LinkRevision(Instant at, String actor, LinkState action, Map<String, Object> before, Map<String, Object> after) {
    }

    List<LinkRevision> revisions(LinkId link) {
        return jdbc.sql("""
                        select r.at, u.display_name, r.action, r.before, r.after from claim_link_revision r
                        left join app_user u on u.id = r.actor_id where r.link_id = :link order by r.id
                        """)
                .param("link", link.value())
                .query((rs, row) -> new LinkRevision(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        LinkState.valueOf(rs.getString(3)), map(rs.getString(4)), map(rs.getString(5))))
                .list();
    }

    private Map<String, Object> map(String text) {
        return text == null ? null : json.readValue(text, new TypeReference<Map<String, Object>>() {
        });
    }

    // ---- what the pages read ------------------------------------------------------------------------------------

    /** A link seen from one of its claims, with the other claim as an editor needs it. */
    record LinkView(Link link, ClaimId other, DocumentId otherDocument, String otherQuote, String otherOutlet,
                    String otherTitle, java.time.LocalDate otherDate, String otherStatus) {
    }

    private static final String OF_CLAIM = """
            select %s, o.id as other_id, o.document_id as other_document, o.quote as other_quote, d.outlet, d.title,
                   d.published_on, o.status as other_status
            from claim_link l
            join claim o on o.id = case when l.claim_a = :claim then l.claim_b else l.claim_a end
            join document d on d.id = o.document_id
            where (l.claim_a = :claim or l.claim_b = :claim) and not o.deleted and o.status <> 'DISMISSED'
              and (l.state <> 'REJECTED' or :withRejected)
            order by case l.state when 'CONFIRMED' then 0 when 'SUGGESTED' then 1 else 2 end, l.score desc, l.id
            limit :limit
            """.formatted(COLUMNS);

    List<LinkView> ofClaim(ClaimId claim, boolean withRejected, int limit) {
        return jdbc.sql(OF_CLAIM).param("claim", claim.value()).param("withRejected", withRejected).param("limit", limit)
                .query((rs, row) -> {
                    var published = rs.getDate("published_on");
                    return new LinkView(link(rs, row), new ClaimId(rs.getLong("other_id")),
                            new DocumentId(rs.getLong("other_document")), rs.getString("other_quote"),
                            rs.getString("outlet"), rs.getString("title"),
                            published == null ? null : published.toLocalDate(), rs.getString("other_status"));
                }).list();
    }

    /** Both ends of a link as lists show them. */
    record PairView(Link link, End a, End b) {
    }

    record End(ClaimId claimId, DocumentId documentId, String quote, String outlet, String title, String status) {
    }

    /** What a project list of links is filtered by; null means any. */
    record PairQuery(LinkRelation relation, LinkState state, DocumentId document, String outlet, DifferenceKind difference) {
    }

    /** A link with both its ends: what the project's list and one link's page read. */
    private static final String PAIR_FROM = """
            select %s,
                   ca.document_id as a_document, ca.quote as a_quote, da.outlet as a_outlet, da.title as a_title,
                   ca.status as a_status,
                   cb.document_id as b_document, cb.quote as b_quote, db.outlet as b_outlet, db.title as b_title,
                   cb.status as b_status
            from claim_link l
            join claim ca on ca.id = l.claim_a join document da on da.id = ca.document_id
            join claim cb on cb.id = l.claim_b join document db on db.id = cb.document_id
            """.formatted(COLUMNS);

    private static final String PAIRS = PAIR_FROM + """
            where l.project_id = :project and not ca.deleted and not cb.deleted
              and ca.status <> 'DISMISSED' and cb.status <> 'DISMISSED'
              and (cast(:relation as text) is null or l.relation = :relation)
              and (cast(:state as text) is null and l.state <> 'REJECTED' or l.state = :state)
              and (cast(:document as bigint) is null or ca.document_id = :document or cb.document_id = :document)
              and (cast(:outlet as text) is null or lower(da.outlet) = lower(:outlet) or lower(db.outlet) = lower(:outlet))
              and (cast(:difference as text) is null or l.differences @> cast(:differenceJson as jsonb))
            order by case when ca.status in ('PUBLISHED', 'NEEDS_REVIEW') or cb.status in ('PUBLISHED', 'NEEDS_REVIEW')
                          then 0 else 1 end,
                     case l.state when 'SUGGESTED' then 0 when 'CONFIRMED' then 1 else 2 end, l.score desc, l.id
            offset :offset limit :limit
            """;

    List<PairView> pairs(ProjectId project, PairQuery q, int offset, int limit) {
        return jdbc.sql(PAIRS)
                .param("project", project.value())
                .param("relation", q.relation() == null ? null : q.relation().name())
                .param("state", q.state() == null ? null : q.state().name())
                .param("document", q.document() == null ? null : q.document().value())
                .param("outlet", q.outlet())
                .param("difference", q.difference() == null ? null : q.difference().name())
                .param("differenceJson", q.difference() == null ? null : "[{\"kind\": \"" + q.difference().name() + "\"}]")
                .param("offset", offset)
                .param("limit", limit)
                .query((rs, row) -> new PairView(link(rs, row), end(rs, "a"), end(rs, "b")))
                .list();
    }

    private static final String COUNTS = """
            select l.relation, l.state, count(*) from claim_link l
            join claim ca on ca.id = l.claim_a join claim cb on cb.id = l.claim_b
            where l.project_id = :project and not ca.deleted and not cb.deleted
              and ca.status <> 'DISMISSED' and cb.status <> 'DISMISSED'
            group by l.relation, l.state
            """;

    /** How many links of each relation and state a project has (rejected ones included). */
    Map<LinkRelation, Map<LinkState, Integer>> counts(ProjectId project) {
        var counts = new java.util.EnumMap<LinkRelation, Map<LinkState, Integer>>(LinkRelation.class);
        jdbc.sql(COUNTS).param("project", project.value()).query(rs -> {
            counts.computeIfAbsent(LinkRelation.valueOf(rs.getString(1)), r -> new java.util.EnumMap<>(LinkState.class))
                    .put(LinkState.valueOf(rs.getString(2)), rs.getInt(3));
        });
        return counts;
    }

    private Link link(ResultSet rs, int row) throws SQLException {
        long decidedBy = rs.getLong("decided_by");
        boolean decided = !rs.wasNull();
        var decidedAt = rs.getTimestamp("decided_at");
        return new Link(new LinkId(rs.getLong("id")), rs.getInt("version"), new LinkData(
                new ProjectId(rs.getLong("project_id")), new ClaimId(rs.getLong("claim_a")),
                new ClaimId(rs.getLong("claim_b")), LinkRelation.valueOf(rs.getString("relation")),
                LinkState.valueOf(rs.getString("state")), rs.getInt("score"),
                json.readValue(rs.getString("reasons"), new TypeReference<List<String>>() {
                }),
                json.readValue(rs.getString("differences"), new TypeReference<List<Difference>>() {
                }),
                decided ? new UserId(decidedBy) : null, decidedAt == null ? null : decidedAt.toInstant()));
    }

    private static final String DECISIONS = """
            select r.at, u.display_name, r.action, r.after ->> 'relation' as relation, o.id as other, o.quote, d.outlet
            from claim_link_revision r
            join claim_link l on l.id = r.link_id
            join claim o on o.id = case when l.claim_a = :claim then l.claim_b else l.claim_a end
            join document d on d.id = o.document_id
            left join app_user u on u.id = r.actor_id
            where (l.claim_a = :claim or l.claim_b = :claim) and r.actor_id is not null
            order by r.at, r.id
            """;

    List<LinkService.Decision> decisionsOf(ClaimId claim) {
        return jdbc.sql(DECISIONS).param("claim", claim.value())
                .query((rs, row) -> new LinkService.Decision(rs.getTimestamp("at").toInstant(), rs.getString("display_name"),
                        LinkState.valueOf(rs.getString("action")), LinkRelation.valueOf(rs.getString("relation")),
                        new ClaimId(rs.getLong("other")), rs.getString("quote"), rs.getString("outlet")))
                .list();
    }


    // ---- one link with both its ends, for the API -----------------------------------------------------------------

    private static final String PAIR = PAIR_FROM + "where l.id = :id";

    /** The link with both its ends, whatever their state (a deleted or dismissed end still names its quote). */
    Optional<PairView> pair(LinkId id) {
        return jdbc.sql(PAIR).param("id", id.value())
                .query((rs, row) -> new PairView(link(rs, row), end(rs, "a"), end(rs, "b"))).optional();
    }

    private static End end(ResultSet rs, String side) throws SQLException {
        return new End(new ClaimId(rs.getLong("claim_" + side)), new DocumentId(rs.getLong(side + "_document")),
                rs.getString(side + "_quote"), rs.getString(side + "_outlet"), rs.getString(side + "_title"),
                rs.getString(side + "_status"));
    }
}
