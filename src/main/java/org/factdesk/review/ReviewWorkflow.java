package org.factdesk.review;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.PermissionDeniedException;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.StatusRule;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.ProjectAccess;
import org.springframework.stereotype.Component;

/**
 * The desk's workflow: Suggested → To check → In progress → Needs review → Published, or Dismissed.
 * Only reviewers and owners publish; with the four-eyes rule on, never the person who wrote the
 * verdict. A claim goes to review and to publication only with a verdict.
 */
@Component
class ReviewWorkflow implements StatusRule {

    static final Map<ClaimStatus, Set<ClaimStatus>> NEXT = Map.of(
            ClaimStatus.SUGGESTED, EnumSet.of(ClaimStatus.TO_CHECK, ClaimStatus.DISMISSED),
            ClaimStatus.TO_CHECK, EnumSet.of(ClaimStatus.IN_PROGRESS, ClaimStatus.DISMISSED, ClaimStatus.SUGGESTED),
            ClaimStatus.IN_PROGRESS, EnumSet.of(ClaimStatus.NEEDS_REVIEW, ClaimStatus.TO_CHECK, ClaimStatus.DISMISSED),
            ClaimStatus.NEEDS_REVIEW, EnumSet.of(ClaimStatus.PUBLISHED, ClaimStatus.IN_PROGRESS),
            ClaimStatus.PUBLISHED, EnumSet.of(ClaimStatus.IN_PROGRESS),
            ClaimStatus.DISMISSED, EnumSet.of(ClaimStatus.TO_CHECK, ClaimStatus.SUGGESTED));

    private final JdbcReviewRepository reviews;
    private final JdbcPublicationRepository publications;
    private final ProjectAccess access;
    private final CurrentUser currentUser;

    ReviewWorkflow(JdbcReviewRepository reviews, JdbcPublicationRepository publications, ProjectAccess access,
                   CurrentUser currentUser) {
        this.reviews = reviews;
        this.publications = publications;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** The status the "advance" key moves a claim to. */
    static ClaimStatus advance(ClaimStatus status) {
        return switch (status) {
            case SUGGESTED -> ClaimStatus.TO_CHECK;
            case TO_CHECK -> ClaimStatus.IN_PROGRESS;
            case IN_PROGRESS -> ClaimStatus.NEEDS_REVIEW;
            case NEEDS_REVIEW -> ClaimStatus.PUBLISHED;
            case PUBLISHED, DISMISSED -> status;
        };
    }

    @Override
    public void check(Claim claim, ClaimStatus target) {
        var from = claim.data().status();
        if (!NEXT.getOrDefault(from, Set.of()).contains(target)) {
            throw new InvalidInputException("A claim goes from " + from.label() + " to "
                    + String.join(", ", NEXT.get(from).stream().map(ClaimStatus::label).toList())
                    + ", not to " + target.label() + ".");
        }
        var review = reviews.find(claim.id());
        boolean hasVerdict = review.map(r -> r.data().verdictId() != null).orElse(false);
        if ((target == ClaimStatus.NEEDS_REVIEW || target == ClaimStatus.PUBLISHED) && !hasVerdict) {
            throw new InvalidInputException("Give the claim a verdict first: a number key on the claim page picks one.");
        }
        if (target == ClaimStatus.PUBLISHED || from == ClaimStatus.PUBLISHED) {
            var project = access.requireRead(claim.data().projectId());
            if (!project.role().canPublish()) {
                throw new PermissionDeniedException("Only a reviewer or an owner publishes or withdraws a verdict. "
                        + "Send the claim to review instead.");
            }
            boolean fourEyes = reviews.settings(claim.data().projectId()).fourEyes();
            var writer = review.map(JdbcReviewRepository.Stored::verdictBy).orElse(null);
            var me = currentUser.requireId();
            if (target == ClaimStatus.PUBLISHED && fourEyes && me.equals(writer)) {
                throw new PermissionDeniedException("Four eyes: you wrote this verdict, so another reviewer must "
                        + "publish it.");
            }
            if (target == ClaimStatus.PUBLISHED && fourEyes && publications.authorsSincePublished(claim.id()).contains(me)) {
                throw new PermissionDeniedException("Four eyes: you changed this published fact-check, so another "
                        + "reviewer must publish the change.");
            }
        }
    }
}
