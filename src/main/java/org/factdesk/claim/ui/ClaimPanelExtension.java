package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimId;

/**
 * What modules built on claims add to a claim's page and to the reader's card of the selected claim, without the
 * claim and review modules knowing them, as {@link ClaimListExtension} does for the claims list: the link module
 * contributes "In other sources".
 */
public interface ClaimPanelExtension {

    /** Where a panel is shown: the claim's own page, or the reader's card (narrow, beside the text). */
    enum Place {
        CLAIM_PAGE, READER_CARD
    }

    /** The keys the panels answer, added to the page's own (see {@code data-fd-keys} in reader.js). */
    default List<String> keys() {
        return List.of();
    }

    /** An entry of the claim's history that another module keeps (a link confirmed or rejected), in words. */
    record HistoryEntry(java.time.Instant at, String actor, String action, String inWords) {
    }

    /** What this module has to add to the claim's history; none by default. */
    default List<HistoryEntry> history(ClaimId claim) {
        return List.of();
    }

    /** A panel for the claim, or none; {@code open} shows another claim as the page that asks sees fit. */
    Optional<ClaimPanel> panel(Claim claim, Place place, Consumer<ClaimId> open);

    /** One claim's panel: what it shows, what it adds to the claim's evidence, and the keys it answers. */
    interface ClaimPanel {

        Component component();

        /** A one-line summary for the top of the claim's page ("1 source agrees, 1 conflicts"); none by default. */
        default Optional<Component> summary() {
            return Optional.empty();
        }

        /** Read-only lines for the claim's evidence area, kept up to date by the panel; none by default. */
        default Optional<Component> evidence() {
            return Optional.empty();
        }

        /** A key pressed on the page outside any text field; true when the panel acted on it. */
        default boolean onKey(String key) {
            return false;
        }
    }
}
