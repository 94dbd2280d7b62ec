package org.factdesk.review.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of My work that another module keeps, shown before the review's own sections, as {@link
 * org.factdesk.claim.ui.ClaimPanelExtension} does for the claim page: the agreement module lists the claims a
 * reviewer has to judge blind in open rounds.
 */
public interface MyWorkSection {

    /** Position among the other modules' sections, lowest first. */
    default int order() {
        return 100;
    }

    /** The section for the signed-in user, or none when it has nothing to say to them. */
    Optional<Component> section();
}
