package org.factdesk.claim.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.util.List;
import java.util.Optional;
import org.factdesk.base.ui.Notifications;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;

/** What an editor can do to a claim from its card in the reader, and the words the reader says back. */
class ReaderActions {

    /** What the actions need of the reader that shows the cards. */
    interface Reader {

        /** The document's claims as the reader has them, in reading order. */
        List<Claim> claims();

        /** Draws the document again with {@code selected} (or nothing, if null) selected. */
        void reloadAt(ClaimId selected);

        /** Redraws one changed claim in place. */
        void refresh(Claim updated);

        /** The document's text, where the editor selects. */
        Component text();
    }

    private final ClaimService claims;
    private final Reader reader;

    ReaderActions(ClaimService claims, Reader reader) {
        this.claims = claims;
        this.reader = reader;
    }

    /** A suggestion's card outside the selection offers the two decisions triage needs. */
    void addTriage(ClaimCard card) {
        card.actions.add(button("Accept", () -> setStatus(card.claim, ClaimStatus.TO_CHECK)),
                button("Dismiss", () -> setStatus(card.claim, ClaimStatus.DISMISSED)));
    }

    /** The selected claim's card offers everything: decisions, passage changes, delete and its history. */
    void addAll(ClaimCard card, boolean canEdit) {
        var claim = card.claim;
        if (canEdit) {
            if (claim.data().status() == ClaimStatus.SUGGESTED || claim.data().status() == ClaimStatus.DISMISSED) {
                card.actions.add(button("Accept", () -> setStatus(claim, ClaimStatus.TO_CHECK)));
            }
            if (claim.data().status() != ClaimStatus.DISMISSED) {
                card.actions.add(button("Dismiss", () -> setStatus(claim, ClaimStatus.DISMISSED)));
            }
            card.actions.add(
                    button("Set span to selection", () -> TextSelection.read(reader.text(), sel -> {
                        var adjusted = claims.adjust(claim.id(), claim.version(), sel[0], sel[1]);
                        Notifications.success("Span changed.");
                        reader.reloadAt(adjusted.id());
                    })),
                    button("Split at cursor", () -> TextSelection.readCursor(reader.text(), at -> {
                        var parts = claims.split(claim.id(), claim.version(), at);
                        Notifications.success("Split into two claims.");
                        reader.reloadAt(parts.getFirst().id());
                    })),
                    button("Merge with next", () -> nextAfter(claim).ifPresentOrElse(next -> {
                        var merged = claims.merge(claim.id(), next.id());
                        Notifications.success("Merged.");
                        reader.reloadAt(merged.id());
                    }, () -> Notifications.error("There is no later claim in this document to merge with."))),
                    button("Delete", () -> confirmDelete(claim)));
        }
        card.actions.add(button("History", () -> new ClaimHistoryDialog(claims.history(claim.id())).open()));
    }

    /** Accepts or dismisses the claim as the reader has it now (a card may be older than a live update). */
    void setStatus(Claim claim, ClaimStatus status) {
        var current = reader.claims().stream().filter(c -> c.id().equals(claim.id())).findFirst().orElse(claim);
        var updated = claims.setStatus(current.id(), current.version(), status);
        Notifications.success(status == ClaimStatus.DISMISSED ? "Dismissed."
                : "Accepted: " + updated.data().status().label() + ".");
        reader.refresh(updated);
    }

    private Optional<Claim> nextAfter(Claim claim) {
        return reader.claims().stream()
                .filter(c -> c.data().span().start() >= claim.data().span().end() && !c.id().equals(claim.id()))
                .findFirst();
    }

    private void confirmDelete(Claim claim) {
        var dialog = new ConfirmDialog("Delete this claim?",
                "It disappears from the reader and the lists; its history is kept.", "Delete", e -> {
                    claims.delete(claim.id(), claim.version());
                    Notifications.success("Deleted.");
                    reader.reloadAt(null);
                });
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private static Button button(String label, Runnable action) {
        var button = new Button(label, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
