package org.factdesk.review;

import java.util.ArrayList;
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
        return discussion.notifications().stream().filter(n -> n.kind().equals("MENTION")).toList();
    }

    /** Counts per workflow status in workflow order, zeros included, so the chart's bars never jump. */
    public List<ProgressCount> byStatus(ProjectId projectId) {
        access.requireRead(projectId);
        var counts = work.byStatus(projectId);
        var ordered = new ArrayList<ProgressCount>();
        for (ClaimStatus status : ClaimStatus.values()) {
            int n = counts.stream().filter(c -> c.label().equals(status.name())).mapToInt(ProgressCount::count).sum();
            ordered.add(new ProgressCount(status.label(), STATUS_COLORS[status.ordinal()], n));
        }
        return ordered;
    }

    public List<ProgressCount> byVerdict(ProjectId projectId) {
        access.requireRead(projectId);
        return work.byVerdict(projectId);
    }

    private static final String[] STATUS_COLORS = {"#e0c341", "#1f78b4", "#5e9fd0", "#f4a261", "#2e7d32", "#9e9e9e"};
}
