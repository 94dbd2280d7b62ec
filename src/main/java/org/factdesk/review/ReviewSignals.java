package org.factdesk.review;

import org.factdesk.base.live.LiveChannel;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.LiveTopics;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.FactdeskPrincipal;
import org.springframework.stereotype.Component;

/** Tells open claim pages, on every instance, that a claim's review or discussion changed. */
@Component
public class ReviewSignals {

    /** What the review module tells of on a claim's topic and on a user's. */
    public enum Kind implements org.factdesk.base.live.LiveKind {
        /** The review (verdict, rationale, assignee…) was saved or restored. */
        REVIEW,
        /** Evidence or comments changed. */
        DISCUSSION,
        /** The user has a new notification (on the user's topic). */
        NOTIFICATION
    }

    private final LiveChannel live;
    private final CurrentUser currentUser;

    ReviewSignals(LiveChannel live, CurrentUser currentUser) {
        this.live = live;
        this.currentUser = currentUser;
    }

    /** Sent inside the caller's transaction, so it arrives only if the change is committed. */
    void changed(ClaimId claimId, Kind what) {
        live.publish(LiveTopics.claim(claimId), what, currentUser.get().map(FactdeskPrincipal::displayName).orElse("Factdesk"));
    }

    /** Lets the user's bell, wherever it is open, count again. */
    void notified(org.factdesk.team.UserId user) {
        live.publish(userTopic(user), Kind.NOTIFICATION, "");
    }

    /** The topic a user's bell follows. */
    public static String userTopic(org.factdesk.team.UserId user) {
        return "user:" + user.value();
    }
}
