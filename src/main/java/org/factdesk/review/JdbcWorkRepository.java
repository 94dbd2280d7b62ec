package org.factdesk.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The queues behind "My work"; membership limits every query. */
@Repository
class JdbcWorkRepository {

    private static final String ITEM = """
            select c.id, c.quote, c.status, d.title, p.name, r.due_date
            from claim c
            join document d on d.id = c.document_id
            join project p on p.id = c.project_id and not p.archived
            join membership m on m.project_id = c.project_id and m.user_id = :me
            left join claim_review r on r.claim_id = c.id
            """;

    private final JdbcClient jdbc;

    JdbcWorkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<WorkItem> assignedTo(UserId me) {
        return jdbc.sql(ITEM + """
                        where r.assignee_id = :me and not c.deleted and not (c.status = any(:done))
                        order by r.due_date nulls last, c.id desc limit 200
                        """)
                .param("me", me.value())
                .param("done", new String[] {ClaimStatus.PUBLISHED.name(), ClaimStatus.DISMISSED.name()})
                .query(JdbcWorkRepository::map).list();
    }

    List<WorkItem> awaitingReviewBy(UserId me) {
        return jdbc.sql(ITEM + """
                        where c.status = :needsReview and not c.deleted and m.role = any(:publishers)
                        order by r.due_date nulls last, c.id limit 200
                        """)
                .param("me", me.value()).param("needsReview", ClaimStatus.NEEDS_REVIEW.name())
                .param("publishers", java.util.Arrays.stream(org.factdesk.team.ProjectRole.values())
                        .filter(org.factdesk.team.ProjectRole::canPublish).map(Enum::name).toArray(String[]::new))
                .query(JdbcWorkRepository::map).list();
    }

    private static WorkItem map(ResultSet rs, int row) throws SQLException {
        Date due = rs.getDate("due_date");
        return new WorkItem(new ClaimId(rs.getLong("id")), rs.getString("quote"), ClaimStatus.valueOf(rs.getString("status")),
                rs.getString("title"), rs.getString("name"), due == null ? null : due.toLocalDate());
    }
}
