package org.factdesk.source;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.base.OptimisticLock;
import org.factdesk.base.database.NewIds;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class JdbcDocumentRepository {

    private static final String SELECT = """
            select d.id, d.version, d.project_id, d.title, d.outlet, d.author, d.published_on, d.url, d.source_type,
                   d.language, d.created_at, d.stated_dates, d.date_origin, u.display_name as imported_by,
                   (select max(v.number) from document_version v where v.document_id = d.id) as current_version
            from document d left join app_user u on u.id = d.created_by
            """;
    /** Long texts are indexed by their first half million characters: PostgreSQL caps a tsvector at 1 MB. */
    private static final String SEARCH_VECTOR = """
            setweight(to_tsvector('english', coalesce(:title, '')), 'A') ||
            setweight(to_tsvector('english', left(:text, 500000)), 'B')
            """;

    private final JdbcClient jdbc;
    private final NewIds newIds;
    private final JsonMapper json;

    JdbcDocumentRepository(JdbcClient jdbc, NewIds newIds, JsonMapper json) {
        this.jdbc = jdbc;
        this.newIds = newIds;
        this.json = json;
    }

    /** A new document with its first version (whose {@code documentId} is not known yet and ignored). */
    record NewDocument(DocumentData data, String language, List<java.time.LocalDate> statedDates, DateOrigin dateOrigin,
                       NewVersion first) {
    }

    /**
     * New documents and their first versions, search vectors computed from the text, in one statement however many
     * there are: a bulk import's batch is one round trip, not two a file. The rows travel as one JSON array; the ids
     * are taken from the sequence first, so each row's id is known without relying on the order of RETURNING.
     */
    private static final String INSERT_ALL = """
            with r as (
                select * from jsonb_to_recordset(cast(:rows as jsonb)) as r(
                    id bigint, title text, outlet text, author text, published date, url text, type text,
                    language text, stated date[], origin text, text text, sha text, format text, structure jsonb, links jsonb, original text,
                    "originalName" text, "mediaType" text, "sourceUrl" text)
            ), documents as (
                insert into document (id, project_id, title, outlet, author, published_on, url, source_type, language,
                                      stated_dates, date_origin, created_by, created_at, updated_at, search)
                overriding system value
                select id, :project, title, outlet, author, published, url, type, language, coalesce(stated, '{}'),
                       origin, :by, :now, :now,
                       setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
                       setweight(to_tsvector('english', left(text, 500000)), 'B')
                from r
            )
            insert into document_version (document_id, project_id, number, text, sha256, format, structure, links,
                                          original, original_name, media_type, source_url, created_by, created_at)
            select id, :project, 1, text, sha, format, structure, links, decode(original, 'base64'), "originalName",
                   "mediaType", "sourceUrl", :by, :now
            from r
            """;

    List<DocumentId> insertAll(ProjectId projectId, List<NewDocument> documents, UserId by, Instant now) {
        if (documents.isEmpty()) {
            return List.of();
        }
        var ids = newIds.take("document", documents.size());
        var rows = json.createArrayNode();
        for (int i = 0; i < documents.size(); i++) {
            var d = documents.get(i);
            var v = d.first();
            var row = rows.addObject();
            row.put("id", ids.get(i));
            metadata(d.data(), d.language()).forEach((key, value) -> row.put(key, value == null ? null : value.toString()));
            var stated = row.putArray("stated");
            d.statedDates().forEach(date -> stated.add(date.toString()));
            row.put("origin", d.dateOrigin() == null ? null : d.dateOrigin().name());
            row.put("text", v.text());
            row.put("sha", v.sha256());
            row.put("format", v.format().name());
            row.set("structure", json.valueToTree(v.blocks()));
            row.set("links", json.valueToTree(v.links()));
            row.put("original", v.original() == null ? null : java.util.Base64.getEncoder().encodeToString(v.original()));
            row.put("originalName", v.originalName());
            row.put("mediaType", v.mediaType());
            row.put("sourceUrl", v.sourceUrl());
        }
        jdbc.sql(INSERT_ALL)
                .param("rows", json.writeValueAsString(rows))
                .param("project", projectId.value())
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
        return ids.stream().map(DocumentId::new).toList();
    }

    record NewVersion(DocumentId documentId, ProjectId projectId, int number, String text, String sha256,
                      SourceFormat format, List<Block> blocks, List<SourceLink> links, byte[] original,
                      String originalName, String mediaType, String sourceUrl) {
    }

    void insertVersion(NewVersion v, UserId by, Instant now) {
        jdbc.sql("""
                        insert into document_version (document_id, project_id, number, text, sha256, format, structure,
                                                      links, original, original_name, media_type, source_url,
                                                      created_by, created_at)
                        values (:document, :project, :number, :text, :sha, :format, cast(:structure as jsonb),
                                cast(:links as jsonb), :original, :originalName, :mediaType, :sourceUrl, :by, :now)
                        """)
                .param("document", v.documentId().value())
                .param("project", v.projectId().value())
                .param("number", v.number())
                .param("text", v.text())
                .param("sha", v.sha256())
                .param("format", v.format().name())
                .param("structure", json.writeValueAsString(v.blocks()))
                .param("links", json.writeValueAsString(v.links()))
                .param("original", v.original())
                .param("originalName", v.originalName())
                .param("mediaType", v.mediaType())
                .param("sourceUrl", v.sourceUrl())
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    void updateSearch(DocumentId id, String title, String text) {
        jdbc.sql("update document set search = " + SEARCH_VECTOR + " where id = :id")
                .param("title", title)
                .param("text", text)
                .param("id", id.value())
                .update();
    }

    void touch(DocumentId id, Instant now) {
        jdbc.sql("update document set updated_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", id.value()).update();
    }

    private static final String UPDATE_STATED_DATES = """
            update document set stated_dates = cast(:dates as date[]) where id = :id
            """;

    /** What a new version of the text states about its date; the document's own date stays an editor's matter. */
    void updateStatedDates(DocumentId id, List<java.time.LocalDate> dates) {
        jdbc.sql(UPDATE_STATED_DATES)
                .param("dates", dates.stream().map(java.time.LocalDate::toString).toArray(String[]::new))
                .param("id", id.value())
                .update();
    }

    private static final String UPDATE_METADATA = """
            update document
            set title = :title, outlet = :outlet, author = :author, published_on = :published, url = :url,
                source_type = :type, language = :language, date_origin = :origin, updated_at = :now,
                version = version + 1
            where id = :id and version = :version
            """;

    void updateMetadata(DocumentId id, int expectedVersion, DocumentData data, String language, DateOrigin origin,
                        Instant now) {
        int rows = jdbc.sql(UPDATE_METADATA)
                .params(metadata(data, language))
                .param("origin", origin == null ? null : origin.name())
                .param("now", Timestamp.from(now))
                .param("id", id.value())
                .param("version", expectedVersion)
                .update();
        OptimisticLock.requireOneRow(rows, "document");
    }

    private static java.util.Map<String, Object> metadata(DocumentData data, String language) {
        var p = new java.util.HashMap<String, Object>();
        p.put("title", data.title());
        p.put("outlet", data.outlet());
        p.put("author", data.author());
        p.put("published", data.publishedOn() == null ? null : Date.valueOf(data.publishedOn()));
        p.put("url", data.url());
        p.put("type", data.sourceType().name());
        p.put("language", language);
        return p;
    }

    record DuplicateOf(DocumentId documentId, int number, String title) {
    }

    Optional<DuplicateOf> findBySha(ProjectId projectId, String sha256) {
        return jdbc.sql("""
                        select v.document_id, v.number, d.title from document_version v join document d on d.id = v.document_id
                        where v.project_id = :project and v.sha256 = :sha
                        """)
                .param("project", projectId.value())
                .param("sha", sha256)
                .query((rs, row) -> new DuplicateOf(new DocumentId(rs.getLong(1)), rs.getInt(2), rs.getString(3)))
                .optional();
    }

    /** {@link #findBySha} for many texts at once: a bulk import's batch asks once. */
    Map<String, DuplicateOf> findByShas(ProjectId projectId, java.util.Collection<String> shas) {
        if (shas.isEmpty()) {
            return Map.of();
        }
        var found = new java.util.HashMap<String, DuplicateOf>();
        jdbc.sql("""
                        select v.sha256, v.document_id, v.number, d.title
                        from document_version v join document d on d.id = v.document_id
                        where v.project_id = :project and v.sha256 = any(cast(:shas as text[]))
                        """)
                .param("project", projectId.value())
                .param("shas", shas.toArray(String[]::new))
                .query(rs -> {
                    found.put(rs.getString(1), new DuplicateOf(new DocumentId(rs.getLong(2)), rs.getInt(3), rs.getString(4)));
                });
        return found;
    }

    Optional<Document> findByUrl(ProjectId projectId, String url) {
        return jdbc.sql(SELECT + " where d.project_id = :project and d.url = :url order by d.id limit 1")
                .param("project", projectId.value())
                .param("url", url)
                .query(this::map)
                .optional();
    }

    List<Document> findByProject(ProjectId projectId) {
        return find(projectId, DocumentQuery.all(), DocumentSort.NEWEST_FIRST, 0, Integer.MAX_VALUE);
    }

    List<Document> find(ProjectId projectId, DocumentQuery query, DocumentSort sort, int offset, int limit) {
        var params = new LinkedHashMap<String, Object>();
        String where = where(projectId, query, params);
        return bind(jdbc.sql(SELECT + where + " order by " + sort.sql + " limit :limit offset :offset"), params)
                .param("limit", limit)
                .param("offset", offset)
                .query(this::map)
                .list();
    }

    int count(ProjectId projectId, DocumentQuery query) {
        var params = new LinkedHashMap<String, Object>();
        String where = where(projectId, query, params);
        return bind(jdbc.sql("select count(*) from document d" + where), params).query(Integer.class).single();
    }

    List<String> outlets(ProjectId projectId) {
        return jdbc.sql("""
                        select distinct outlet from document where project_id = :project and outlet is not null
                        order by outlet
                        """)
                .param("project", projectId.value())
                .query(String.class)
                .list();
    }

    private static String where(ProjectId projectId, DocumentQuery query, Map<String, Object> params) {
        var sql = new StringBuilder(" where d.project_id = :project");
        params.put("project", projectId.value());
        if (query.text() != null && !query.text().isBlank()) {
            sql.append(" and d.search @@ websearch_to_tsquery('english', :text)");
            params.put("text", query.text().strip());
        }
        if (query.outlet() != null && !query.outlet().isBlank()) {
            sql.append(" and lower(d.outlet) = lower(:outlet)");
            params.put("outlet", query.outlet().strip());
        }
        if (query.type() != null) {
            sql.append(" and d.source_type = :type");
            params.put("type", query.type().name());
        }
        if (query.from() != null) {
            sql.append(" and d.published_on >= :from");
            params.put("from", Date.valueOf(query.from()));
        }
        if (query.to() != null) {
            sql.append(" and d.published_on <= :to");
            params.put("to", Date.valueOf(query.to()));
        }
        return sql.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Map<String, Object> params) {
        params.forEach(spec::param);
        return spec;
    }

    Optional<Document> findById(DocumentId id) {
        return jdbc.sql(SELECT + " where d.id = :id")
                .param("id", id.value())
                .query(this::map)
                .optional();
    }

    Optional<DocumentText> findText(DocumentId id, int number) {
        return jdbc.sql("""
                        select v.document_id, v.number, v.text, v.sha256, v.format, v.structure, v.links, v.original_name,
                               v.source_url, u.display_name as imported_by, v.created_at
                        from document_version v left join app_user u on u.id = v.created_by
                        where v.document_id = :id and v.number = :number
                        """)
                .param("id", id.value())
                .param("number", number)
                .query((rs, row) -> new DocumentText(new DocumentId(rs.getLong("document_id")), rs.getInt("number"),
                        rs.getString("text"), rs.getString("sha256"), SourceFormat.valueOf(rs.getString("format")),
                        json.readValue(rs.getString("structure"), new TypeReference<List<Block>>() {
                        }),
                        json.readValue(rs.getString("links"), new TypeReference<List<SourceLink>>() {
                        }),
                        rs.getString("original_name"), rs.getString("source_url"), rs.getString("imported_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    List<DocumentVersionInfo> versions(DocumentId id) {
        return jdbc.sql("""
                        select v.number, v.format, v.original_name, v.source_url, u.display_name as imported_by,
                               v.created_at, length(v.text) as length
                        from document_version v left join app_user u on u.id = v.created_by
                        where v.document_id = :id order by v.number desc
                        """)
                .param("id", id.value())
                .query((rs, row) -> new DocumentVersionInfo(rs.getInt("number"),
                        SourceFormat.valueOf(rs.getString("format")), rs.getString("original_name"),
                        rs.getString("source_url"), rs.getString("imported_by"), rs.getTimestamp("created_at").toInstant(),
                        rs.getInt("length")))
                .list();
    }

    private Document map(ResultSet rs, int row) throws SQLException {
        Date published = rs.getDate("published_on");
        var data = new DocumentData(rs.getString("title"), rs.getString("outlet"), rs.getString("author"),
                published == null ? null : published.toLocalDate(), rs.getString("url"),
                SourceType.valueOf(rs.getString("source_type")));
        var stated = new java.util.ArrayList<java.time.LocalDate>();
        java.sql.Array dates = rs.getArray("stated_dates");
        if (dates != null) {
            for (Object date : (Object[]) dates.getArray()) {
                stated.add(((Date) date).toLocalDate());
            }
        }
        String origin = rs.getString("date_origin");
        return new Document(new DocumentId(rs.getLong("id")), rs.getInt("version"),
                new ProjectId(rs.getLong("project_id")), data, rs.getString("language"), rs.getInt("current_version"),
                rs.getString("imported_by"), rs.getTimestamp("created_at").toInstant(), stated,
                origin == null ? null : DateOrigin.valueOf(origin));
    }
}
