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
}
