package org.factdesk.review;

import java.util.List;
import org.factdesk.Fixtures;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;
import org.springframework.stereotype.Component;

/** Reviews for tests, made the way the desk makes them: through the services, as the people named. */
@Component
public class ReviewFixtures {

    private final ReviewService reviews;
    private final ClaimService claims;
    private final Fixtures fixtures;

    ReviewFixtures(ReviewService reviews, ClaimService claims, Fixtures fixtures) {
        this.reviews = reviews;
        this.claims = claims;
        this.fixtures = fixtures;
    }

    /**
     * Takes a new claim to Published with four eyes: {@code editor} gives the verdict (and assigns the claim to
     * {@code assignee}, if any) and sends it to review, {@code reviewer} publishes it. Leaves the reviewer signed in.
     */
    public void publish(ProjectId project, ClaimId claim, String editor, String reviewer, String verdict,
                        String rationale, UserId assignee) {
        fixtures.signIn(editor);
        status(claim, ClaimStatus.TO_CHECK);
        status(claim, ClaimStatus.IN_PROGRESS);
        long level = reviews.scale(project).byLabel(verdict).orElseThrow().id();
        reviews.save(claim, reviews.get(claim).version(), new ReviewData(level, rationale, null, null, List.of(),
                assignee, null));
        status(claim, ClaimStatus.NEEDS_REVIEW);
        fixtures.signIn(reviewer);
        status(claim, ClaimStatus.PUBLISHED);
    }

    private void status(ClaimId claim, ClaimStatus status) {
        claims.setStatus(claim, claims.get(claim).version(), status);
    }
}
