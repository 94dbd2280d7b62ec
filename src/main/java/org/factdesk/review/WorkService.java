package org.factdesk.review;

import java.util.List;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What is waiting for the current user, and how far a project has come. */
@Service
@Transactional(readOnly = true)
public class WorkService {

    private final JdbcWorkRepository work;
    private final DiscussionService discussion;
    private final ProjectAccess access;
    private final CurrentUser currentUser;

    WorkService(JdbcWorkRepository work, DiscussionService discussion, ProjectAccess access, CurrentUser currentUser) {
        this.work = work;
        this.discussion = discussion;
        this.access = access;
        this.currentUser = currentUser;
    }

    public List<WorkItem> assignedToMe() {
        return work.assignedTo(currentUser.requireId());
    }

    public List<WorkItem> awaitingMyReview() {
        return work.awaitingReviewBy(currentUser.requireId());
    }

    public List<Notification> mentions() {
        return discussion.notifications().stream().filter(n -> n.kind() == NotificationKind.MENTION).toList();
    }
}
