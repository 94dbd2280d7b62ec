package org.factdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;
import org.factdesk.base.ui.Times;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.SourceChange;
import org.factdesk.review.Publication;

/**
 * What the public sees of a claim and what has changed under it since: the last publication (by whom, when,
 * and whether the review has moved on from it), and a source change nobody has checked yet.
 */
class PublicationNotice extends Div {

    private final Runnable markChecked;

    PublicationNotice(Runnable markChecked) {
        this.markChecked = markChecked;
        addClassName("fd-publication");
    }

    void show(Claim claim, Optional<Publication> publication, Optional<SourceChange> change, boolean canEdit) {
        removeAll();
        publication.ifPresent(p -> {
            var line = new Div();
            line.addClassName("fd-publication-line");
            String when = Times.WHEN.format(p.publishedAt());
            String by = p.publishedBy() == null ? "" : " by " + p.publishedBy();
            if (claim.data().status() == ClaimStatus.PUBLISHED) {
                line.add(new Span("Published as “" + p.verdict() + "”" + by + ", " + when + "."));
            } else {
                line.addClassName("fd-publication-pending");
                line.add(new Span("Changed after publishing: the public still sees “" + p.verdict() + "”, published"
                        + by + ", " + when + ", until a second reviewer publishes the change."));
            }
            add(line);
        });
        change.ifPresent(c -> {
            var box = new Div();
            box.addClassName("fd-source-changed");
            box.add(new Span("The source changed: " + c.summary() + " (version " + c.fromVersion() + " → "
                    + c.toVersion() + ")."));
            var reviewed = new Div(new Span("Reviewed wording: “" + c.oldQuote() + "”"));
            reviewed.addClassName("fd-source-changed-old");
            box.add(reviewed);
            if (canEdit) {
                var checked = new Button("Mark as checked", e -> markChecked.run());
                checked.addThemeVariants(ButtonVariant.LUMO_SMALL);
                checked.setTooltipText("You have read the new wording; the claim leaves the Source changed queue");
                box.add(checked);
            }
            add(box);
        });
        setVisible(getChildren().findAny().isPresent());
    }
}
