package org.factdesk.review;

import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimSourceChanged;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ClaimStatusChanged;
import org.factdesk.team.Member;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectRoster;
import org.factdesk.team.UserId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Review requests and changed sources reach those who answer for a claim's verdict through the bell. Durable listeners
 * (decision 0024): the event is stored with the transaction that changed the claim and handled after the commit, on a
 * thread of its own, also after a crash or restart. Nobody is signed in there: what the reaction needs comes with the
 * event (who did it, the claim's wording) or is read without access checks (this module's own tables, the project's
 * {@link ProjectRoster}). A failure is logged and leaves the publication incomplete, to be tried again on the next
 * start. Since an event may so be handled twice, each person is told once per change.
 */
@Component
class ReviewNotifications {

    private final JdbcDiscussionRepository discussion;
    private final JdbcPublicationRepository publications;
    private final ProjectRoster roster;
    private final ReviewSignals signals;

    ReviewNotifications(JdbcDiscussionRepository discussion, JdbcPublicationRepository publications, ProjectRoster roster,
                        ReviewSignals signals) {
        this.discussion = discussion;
        this.publications = publications;
        this.roster = roster;
        this.signals = signals;
    }

    /** A claim sent to review asks every reviewer and owner of the project except the sender. */
    @ApplicationModuleListener
    void on(ClaimStatusChanged event) {
        if (event.to() != ClaimStatus.NEEDS_REVIEW) {
            return;
        }
        String message = "Review requested: " + DiscussionService.abbreviate(event.quote());
        for (Member member : roster.publishers(event.projectId())) {
            tell(member.userId(), event.by(), event.projectId(), event.claimId(), NotificationKind.REVIEW_REQUEST, message,
                    event.at());
        }
    }

    /** A new source version changed a reviewed claim's wording: those who answer for its verdict hear of it. */
    @ApplicationModuleListener
    void on(ClaimSourceChanged event) {
        String message = "The source changed (" + event.summary() + "): " + DiscussionService.abbreviate(event.quote());
        for (UserId user : publications.answerable(event.claimId())) {
            tell(user, event.by(), event.projectId(), event.claimId(), NotificationKind.SOURCE_CHANGED, message,
                    event.at());
        }
    }

    /** Nobody is told of what they did themselves. */
    private void tell(UserId user, UserId by, ProjectId projectId, ClaimId claimId, NotificationKind kind, String message,
                      java.time.Instant at) {
        if (!user.equals(by) && discussion.notifyOnce(user, projectId, claimId, kind, message, by, at)) {
            signals.notified(user);
        }
    }
}
