package org.factdesk.job;

import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Jobs written straight into the tables, for tests of what the runner's statements do with their items. */
final class TestJobs {

    private TestJobs() {
    }

    /** A running import job of the owner's in the project, without items; its id. */
    static long runningImport(JdbcClient jdbc, ProjectId project, UserId owner) {
        return jdbc.sql("""
                        insert into job (project_id, owner_id, kind, state, title, workers, created_at)
                        values (:project, :owner, 'IMPORT', 'RUNNING', 'test job', 4, now()) returning id
                        """).param("project", project.value()).param("owner", owner.value())
                .query(Long.class).single();
    }
}
