package org.factdesk.team;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's members, read without asking who is signed in. Only for work the system does for nobody in
 * particular, such as a durable event listener that runs after the commit on a thread of its own (decision 0024).
 * Never use it to answer what a user asked: {@link ProjectService#members} checks that they may see the project.
 */
@Component
public class ProjectRoster {

    private final JdbcMembershipRepository memberships;

    ProjectRoster(JdbcMembershipRepository memberships) {
        this.memberships = memberships;
    }

    /** Those who may publish the project's verdicts: its owners and reviewers. */
    @Transactional(readOnly = true)
    public List<Member> publishers(ProjectId projectId) {
        return memberships.members(projectId).stream().filter(m -> m.role().canPublish()).toList();
    }
}
