package org.factdesk.source;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDocumentRepository {

    private static final String SELECT = """
            select d.id, d.version, d.project_id, d.title, d.outlet, d.author, d.published_on, d.url, d.source_type,
                   d.created_at, u.display_name as imported_by,
                   (select max(v.number) from document_version v where v.document_id = d.id) as current_version
            from document d left join app_user u on u.id = d.created_by
            """;

    private final JdbcClient jdbc;

    JdbcDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    DocumentId insert(ProjectId projectId, DocumentData data, UserId by, Instant now) {
        long id = jdbc.sql("""
                        insert into document (project_id, title, outlet, author, published_on, url, source_type,
                                              created_by, created_at, updated_at)
                        values (:project, :title, :outlet, :author, :published, :url, :type, :by, :now, :now)
                        returning id
                        """)
                .param("project", projectId.value())
                .param("title", data.title())
                .param("outlet", data.outlet())
                .param("author", data.author())
                .param("published", data.publishedOn() == null ? null : Date.valueOf(data.publishedOn()))
                .param("url", data.url())
                .param("type", data.sourceType().name())
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .single();
        return new DocumentId(id);
    }

    void insertVersion(DocumentId id, int number, String text, String sha256, UserId by, Instant now) {
        jdbc.sql("""
                        insert into document_version (document_id, number, text, sha256, created_by, created_at)
                        values (:document, :number, :text, :sha, :by, :now)
                        """)
                .param("document", id.value())
                .param("number", number)
                .param("text", text)
                .param("sha", sha256)
                .param("by", by.value())
                .param("now", Timestamp.from(now))
                .update();
    }

    List<Document> findByProject(ProjectId projectId) {
        return jdbc.sql(SELECT + " where d.project_id = :project order by d.published_on desc nulls last, d.id")
                .param("project", projectId.value())
                .query(JdbcDocumentRepository::map)
                .list();
    }

    Optional<Document> findById(DocumentId id) {
        return jdbc.sql(SELECT + " where d.id = :id")
                .param("id", id.value())
                .query(JdbcDocumentRepository::map)
                .optional();
    }

    Optional<DocumentText> findText(DocumentId id, int number) {
        return jdbc.sql("""
                        select document_id, number, text, sha256, created_at from document_version
                        where document_id = :id and number = :number
                        """)
                .param("id", id.value())
                .param("number", number)
                .query((rs, row) -> new DocumentText(new DocumentId(rs.getLong("document_id")), rs.getInt("number"),
                        rs.getString("text"), rs.getString("sha256"), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    private static Document map(ResultSet rs, int row) throws SQLException {
        Date published = rs.getDate("published_on");
        var data = new DocumentData(rs.getString("title"), rs.getString("outlet"), rs.getString("author"),
                published == null ? null : published.toLocalDate(), rs.getString("url"),
                SourceType.valueOf(rs.getString("source_type")));
        return new Document(new DocumentId(rs.getLong("id")), rs.getInt("version"),
                new ProjectId(rs.getLong("project_id")), data, rs.getInt("current_version"),
                rs.getString("imported_by"), rs.getTimestamp("created_at").toInstant());
    }
}
