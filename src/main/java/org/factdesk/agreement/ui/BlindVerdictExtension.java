package org.factdesk.agreement.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.factdesk.agreement.AgreementService;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ui.ClaimPanelExtension;
import org.factdesk.review.ReviewService;
import org.springframework.stereotype.Component;

/** The reviewer's blind verdict on the claim page, for each open round in which they judge the claim. */
@Component
class BlindVerdictExtension implements ClaimPanelExtension {

    private final AgreementService agreement;
    private final ReviewService reviews;

    BlindVerdictExtension(AgreementService agreement, ReviewService reviews) {
        this.agreement = agreement;
        this.reviews = reviews;
    }

    @Override
    public List<String> keys() {
        return List.of("1 2 3 4 5 6 7 8 9");
    }

    @Override
    public Optional<ClaimPanel> panel(Claim claim, Place place, Consumer<ClaimId> open) {
        if (place != Place.CLAIM_PAGE) {
            return Optional.empty();
        }
        var rounds = agreement.openRoundsJudging(claim.id());
        if (rounds.isEmpty()) {
            return Optional.empty();
        }
        // a claim in two open rounds is judged in the one still waiting for this reviewer's verdict first
        var round = rounds.stream().filter(r -> agreement.mine(r.id(), claim.id()).isEmpty()).findFirst()
                .orElse(rounds.getFirst());
        return Optional.of(new BlindVerdictPanel(agreement, round, claim,
                reviews.scale(claim.data().projectId()).levels(), () -> open.accept(claim.id())));
    }
}
