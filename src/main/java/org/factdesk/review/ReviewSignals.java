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

    private final LiveChannel live;
    private final CurrentUser currentUser;

    ReviewSignals(LiveChannel live, CurrentUser currentUser) {
        this.live = live;
        this.currentUser = currentUser;
    }

    /** Sent inside the caller's transaction, so it arrives only if the change is committed. */
    void changed(ClaimId claimId, String what) {
        live.publish(LiveTopics.claim(claimId), what, currentUser.get().map(FactdeskPrincipal::displayName).orElse("Factdesk"));
    }

    /** Lets the user's bell, wherever it is open, count again. */
    void notified(org.factdesk.team.UserId user) {
        live.publish(userTopic(user), "notification", "");
    }

    /** The topic a user's bell follows. */
    public static String userTopic(org.factdesk.team.UserId user) {
        return "user:" + user.value();
    }
}
