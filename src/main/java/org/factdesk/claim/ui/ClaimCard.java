package org.factdesk.claim.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.factdesk.claim.AnchorState;
import org.factdesk.claim.Claim;
import org.factdesk.claim.Signal;

/** One claim in the reader's side panel: its quote, score, status, anchor state and the reasons it was picked. */
class ClaimCard extends Div {

    final Claim claim;
    final Div actions = new Div();

    ClaimCard(Claim claim) {
        this.claim = claim;
        var d = claim.data();
        addClassNames("fd-claim-card", "fd-claim-" + d.status().name().toLowerCase());
        getElement().setAttribute("data-claim-card", claim.id().toString());
        var score = new Span(String.valueOf(d.score()));
        score.addClassNames("fd-score", "fd-strength-" + ClaimStyles.strength(d.score()));
        score.getElement().setAttribute("title", "Check-worthiness score, 0–100");
        var status = new Span(d.status().label());
        status.addClassName("fd-status-badge");
        var top = new Div(score, status);
        top.addClassName("fd-claim-card-top");
        if (d.anchor() != AnchorState.EXACT) {
            var anchor = new Span(d.anchor().label());
            anchor.addClassNames("fd-anchor-badge", "fd-anchor-" + d.anchor().name().toLowerCase());
            top.add(anchor);
        }
        if (d.facts().claimant() != null) {
            var claimant = new Span("— " + d.facts().claimant());
            claimant.addClassName("fd-claimant");
            top.add(claimant);
        }
        var quote = new Div();
        quote.setText(d.quote().length() > 260 ? d.quote().substring(0, 257) + "…" : d.quote());
        quote.addClassName("fd-claim-quote");
        var signals = new Div();
        signals.addClassName("fd-signals");
        for (Signal signal : d.signals()) {
            if (signal.kind().equals("base")) {
                continue;
            }
            var chip = new Span(signal.label());
            chip.addClassNames("fd-signal", signal.weight() < 0 ? "fd-signal-negative" : "fd-signal-" + signal.kind());
            signals.add(chip);
        }
        actions.addClassName("fd-claim-actions");
        // the claim page belongs to the review module, which depends on this one: linked by route
        var open = new com.vaadin.flow.component.html.Anchor(ClaimNavigation.claim(claim.id()), "Open claim →");
        open.addClassName("fd-open-claim");
        add(top, quote, signals, actions, open);
    }

    /** What another module shows of the selected claim, below its actions. */
    void addPanel(com.vaadin.flow.component.Component panel) {
        addComponentAtIndex(getComponentCount() - 1, panel);
    }
}
