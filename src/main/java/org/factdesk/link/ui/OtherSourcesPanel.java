package org.factdesk.link.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.factdesk.base.ConflictException;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.base.ui.LiveUpdates;
import org.factdesk.base.ui.Notifications;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ui.ClaimPanelExtension;
import org.factdesk.link.LinkId;
import org.factdesk.link.LinkRelation;
import org.factdesk.link.LinkService;
import org.factdesk.link.LinkService.ClaimLink;
import org.factdesk.link.LinkState;
import org.factdesk.link.LinkTopics;

/**
 * "In other sources": the claims of other documents linked to this one, or suggested, grouped by relation
 * (conflicts first), each with its source, quote, reasons and differences; confirm, reject or change the relation,
 * by button or by key ({@code c} and {@code r} act on the focused suggestion, or the first). Follows the project's
 * links live, so suggestions found in the background appear without a reload.
 */
class OtherSourcesPanel extends Div implements ClaimPanelExtension.ClaimPanel {

    /** The order of the groups: what disagrees first. */
    static final List<LinkRelation> ORDER = List.of(LinkRelation.CONFLICTS, LinkRelation.CORROBORATES,
            LinkRelation.DUPLICATE, LinkRelation.RELATED);
    private static final long REDRAW_MILLIS = 1000;

    private final LinkService links;
    private final Claim claim;
    private final ClaimPanelExtension.Place place;
    private final Consumer<ClaimId> open;
    private final boolean canEdit;
    private final Span agreement = new Span();
    private final Div body = new Div();
    private final Div evidence = new Div();
    private final Span summary = new Span();
    private final Checkbox showRejected = new Checkbox("Show rejected");
    private List<ClaimLink> shown = List.of();
    private boolean searching;
    private LinkId current;
    private long lastDraw;

    OtherSourcesPanel(LinkService links, LiveChannel live, Claim claim, ClaimPanelExtension.Place place,
                      boolean canEdit, Consumer<ClaimId> open) {
        this.links = links;
        this.claim = claim;
        this.place = place;
        this.open = open;
        this.canEdit = canEdit;
        boolean compact = place == ClaimPanelExtension.Place.READER_CARD;
        addClassNames("fd-link-panel", compact ? "fd-link-panel-compact" : "fd-side-section");
        agreement.addClassName("fd-link-agreement");
        var title = compact ? new H3("In other sources") : new H2("In other sources");
        var top = new Div(title, agreement);
        top.addClassName("fd-link-panel-top");
        if (!compact) {
            showRejected.addValueChangeListener(e -> draw(true));
            top.add(showRejected);
        } else {
            // a click in the panel is not a click on the reader's card, which would redraw the card and this panel
            getElement().addEventListener("click", e -> {
            }).stopPropagation();
        }
        body.addClassName("fd-link-groups");
        evidence.addClassName("fd-link-evidence");
        summary.addClassName("fd-link-summary");
        summary.getElement().setAttribute("title", "In other sources: see below");
        summary.addClickListener(e -> getElement().executeJs("this.scrollIntoView({block: 'start', behavior: 'smooth'})"));
        setId("fd-other-sources-" + claim.id());
        add(top, body);
        LiveUpdates.follow(this, live, LinkTopics.project(claim.data().projectId()), signal -> onSignal());
        draw(true);
    }

    @Override
    public com.vaadin.flow.component.Component component() {
        return this;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> summary() {
        return Optional.of(summary);
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> evidence() {
        return Optional.of(evidence);
    }

    @Override
    public boolean onKey(String key) {
        if (!canEdit || !(key.equals("c") || key.equals("r"))) {
            return false;
        }
        target().ifPresent(link -> decide(link, link.relation(), key.equals("c") ? LinkState.CONFIRMED
                : LinkState.REJECTED));
        return true;
    }

    /** Suggestions arrive batch by batch: redrawn at most once a second while linking goes on, always at its end. */
    private void onSignal() {
        boolean done = links.pending(claim.data().projectId()) == 0;
        if (done || System.currentTimeMillis() - lastDraw >= REDRAW_MILLIS) {
            draw(false);
        }
    }

    /** Draws what the database holds; unchanged links are left alone, so a focused item keeps its focus. */
    void draw(boolean always) {
        lastDraw = System.currentTimeMillis();
        var latest = links.linksOf(claim.id(), showRejected.getValue());
        boolean nowSearching = latest.isEmpty() && links.pending(claim.data().projectId()) > 0;
        if (!always && latest.equals(shown) && nowSearching == searching) {
            return;
        }
        shown = latest;
        searching = nowSearching;
        agreement.setText(shown.isEmpty() ? "" : links.agreement(claim.id()).inWords());
        summary.setText(shown.isEmpty() ? (searching ? "Looking in other sources…" : "")
                : "In other sources: " + agreement.getText() + " ↓");
        summary.setVisible(!summary.getText().isEmpty());
        summary.getElement().getClassList().set("fd-link-summary-conflict",
                shown.stream().anyMatch(l -> l.relation() == LinkRelation.CONFLICTS));
        body.removeAll();
        if (shown.isEmpty()) {
            var empty = new Span(searching ? "Looking for the same fact in other sources…"
                    : "No other source speaks of this yet.");
            empty.addClassNames("fd-muted", searching ? "fd-link-searching" : "fd-link-none");
            body.add(empty);
        }
        if (shown.stream().noneMatch(l -> l.id().equals(current))) {
            current = null;
        }
        var first = target().map(ClaimLink::id).orElse(null);
        for (var relation : ORDER) {
            var group = shown.stream().filter(l -> l.relation() == relation).toList();
            if (group.isEmpty()) {
                continue;
            }
            var heading = new Div(LinkParts.relation(relation), new Span(String.valueOf(group.size())));
            heading.addClassName("fd-link-group-heading");
            var box = new Div(heading);
            box.addClassNames("fd-link-group", "fd-link-group-" + relation.name().toLowerCase(java.util.Locale.ROOT));
            group.forEach(l -> box.add(item(l, l.id().equals(first))));
            body.add(box);
        }
        drawEvidence();
    }

    private Div item(ClaimLink link, boolean isTarget) {
        var source = new Span(LinkParts.source(link.outlet(), link.documentTitle(), link.documentDate()));
        source.addClassName("fd-link-source");
        source.getElement().setAttribute("title", link.documentTitle());
        var score = new Span(String.valueOf(link.score()));
        score.addClassName("fd-link-score");
        score.getElement().setAttribute("title", "How sure Factdesk is that this is the same fact, 0–100");
        var top = new Div(LinkParts.state(link.state()), source, score);
        top.addClassName("fd-link-item-top");
        boolean compact = place == ClaimPanelExtension.Place.READER_CARD;
        var quote = new Div();
        quote.setText("“" + (compact ? LinkParts.abbreviate(link.quote(), 180) : link.quote()) + "”");
        quote.addClassName("fd-link-quote");
        quote.getElement().setAttribute("title", "Open this claim");
        quote.addClickListener(e -> open.accept(link.claimId()));
        var item = new Div(top, quote, LinkParts.differences(link.differences()), LinkParts.reasons(link.reasons()));
        item.addClassNames("fd-link-item", "fd-link-item-" + link.state().name().toLowerCase(java.util.Locale.ROOT));
        if (isTarget) {
            item.addClassName("fd-link-target");
        }
        item.getElement().setAttribute("tabindex", "0");
        item.getElement().setAttribute("data-link", link.id().toString());
        item.getElement().addEventListener("focusin", e -> focus(link.id()));
        if (canEdit) {
            item.add(actions(link));
        }
        return item;
    }

    private Div actions(ClaimLink link) {
        var actions = new Div();
        actions.addClassName("fd-link-actions");
        if (link.state() != LinkState.CONFIRMED) {
            var confirm = new Button("Confirm", e -> decide(link, link.relation(), LinkState.CONFIRMED));
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            confirm.setTooltipText("c");
            actions.add(confirm);
        }
        if (link.state() != LinkState.REJECTED) {
            var reject = new Button("Reject", e -> decide(link, link.relation(), LinkState.REJECTED));
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reject.setTooltipText("r: not the same fact");
            actions.add(reject);
        }
        var relation = new Select<LinkRelation>();
        relation.setItems(ORDER);
        relation.setItemLabelGenerator(LinkRelation::label);
        relation.setValue(link.relation());
        relation.setAriaLabel("Relation");
        relation.addClassName("fd-link-relation-select");
        relation.getElement().getThemeList().add("small");
        relation.setTooltipText("Another relation: saved as confirmed with it");
        relation.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != link.relation()) {
                decide(link, e.getValue(), LinkState.CONFIRMED);
            }
        });
        actions.add(relation);
        return actions;
    }

    private void focus(LinkId id) {
        if (id.equals(current)) {
            return;
        }
        current = id;
        body.getChildren().flatMap(group -> group.getChildren())
                .filter(c -> c.getElement().hasAttribute("data-link"))
                .forEach(c -> c.getElement().getClassList().set("fd-link-target",
                        id.toString().equals(c.getElement().getAttribute("data-link"))));
    }

    /** The focused link, or else the first suggestion in the order shown. */
    private Optional<ClaimLink> target() {
        var inOrder = inOrder();
        if (current != null) {
            var focused = inOrder.stream().filter(l -> l.id().equals(current)).findFirst();
            if (focused.isPresent()) {
                return focused;
            }
        }
        return inOrder.stream().filter(l -> l.state() == LinkState.SUGGESTED).findFirst();
    }

    private List<ClaimLink> inOrder() {
        var inOrder = new ArrayList<ClaimLink>();
        ORDER.forEach(r -> shown.stream().filter(l -> l.relation() == r).forEach(inOrder::add));
        return inOrder;
    }

    void decide(ClaimLink link, LinkRelation relation, LinkState state) {
        try {
            links.decide(link.id(), link.version(), relation, state);
            Notifications.success(switch (state) {
                case CONFIRMED -> "Confirmed: " + relation.label().toLowerCase(java.util.Locale.ROOT) + ".";
                case REJECTED -> "Rejected: it will not be suggested again.";
                case SUGGESTED -> "Back to a suggestion.";
            });
            // the keyboard moves on to the next open suggestion
            current = null;
        } catch (ConflictException e) {
            Notifications.error("Someone decided on this link meanwhile. It is shown as it is now: decide again if "
                    + "you still want to.");
        }
        draw(true);
    }

    /** Confirmed links are evidence too, for or against: listed read-only in the claim's evidence area. */
    private void drawEvidence() {
        evidence.removeAll();
        var confirmed = shown.stream().filter(l -> l.state() == LinkState.CONFIRMED).toList();
        evidence.setVisible(!confirmed.isEmpty());
        if (confirmed.isEmpty()) {
            return;
        }
        var heading = new Div("From other sources (confirmed links)");
        heading.addClassName("fd-link-evidence-heading");
        evidence.add(heading);
        for (var relation : ORDER) {
            for (var link : confirmed.stream().filter(l -> l.relation() == relation).toList()) {
                var quote = new Span("“" + LinkParts.abbreviate(link.quote(), 140) + "”");
                quote.addClassName("fd-link-quote");
                quote.addClickListener(e -> open.accept(link.claimId()));
                var source = new Span(LinkParts.source(link.outlet(), link.documentTitle(), link.documentDate()));
                source.addClassName("fd-muted");
                var row = new Div(LinkParts.relation(relation), quote, source);
                row.addClassNames("fd-evidence-item", "fd-link-evidence-item");
                evidence.add(row);
            }
        }
    }

    /** For tests: the links as shown, in order. */
    List<ClaimLink> shownInOrder() {
        return inOrder();
    }
}
