package org.factdesk.base;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Append-only record of who changed what. The table refuses updates and deletes by trigger,
 * so the log cannot be rewritten from the application either.
 * <p>
 * See decision 0009 in docs/decisions.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * @param actorId the user who made the change, or {@code null} for the system itself
     * @param projectId the project the change belongs to, or {@code null} for instance-wide entities
     * @param before the state before, or {@code null} on creation; serialised as JSON
     * @param after the state after, or {@code null} on removal; serialised as JSON
     */
    public void record(Long actorId, Long projectId, String entityType, Object entityId, String action,
                       Object before, Object after) {
        jdbc.sql("""
                insert into audit_event (occurred_at, actor_id, project_id, entity_type, entity_id, action, before, after)
                values (:at, :actor, :project, :type, :entity, :action, cast(:before as jsonb), cast(:after as jsonb))
                """)
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", actorId)
                .param("project", projectId)
                .param("type", entityType)
                .param("entity", String.valueOf(entityId))
                .param("action", action)
                .param("before", before == null ? null : json.writeValueAsString(before))
                .param("after", after == null ? null : json.writeValueAsString(after))
                .update();
    }

    /** One row of {@link #recordAll}; the parameters mean what they mean for {@link #record}. */
    public record Entry(Long actorId, Long projectId, String entityType, Object entityId, String action, Object before,
                        Object after) {
    }

    private static final String INSERT_ALL = """
            insert into audit_event (occurred_at, actor_id, project_id, entity_type, entity_id, action, before, after)
            select :at, actor, project, type, entity, action, before, after
            from jsonb_to_recordset(cast(:rows as jsonb)) as r(actor bigint, project bigint, type text, entity text,
                                                               action text, before jsonb, after jsonb)
            """;

    /** Many changes at once, in one statement: a bulk import's batch writes its audit rows together. */
    public void recordAll(java.util.List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var rows = json.createArrayNode();
        for (var e : entries) {
            var row = rows.addObject();
            row.put("actor", e.actorId());
            row.put("project", e.projectId());
            row.put("type", e.entityType());
            row.put("entity", String.valueOf(e.entityId()));
            row.put("action", e.action());
            row.set("before", e.before() == null ? null : json.valueToTree(e.before()));
            row.set("after", e.after() == null ? null : json.valueToTree(e.after()));
        }
        jdbc.sql(INSERT_ALL)
                .param("at", Timestamp.from(clock.instant()))
                .param("rows", json.writeValueAsString(rows))
                .update();
    }
}
