package org.factdesk.link.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.factdesk.base.ConflictException;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.base.ui.LiveUpdates;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.PageKeys;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ui.ClaimNavigation;
import org.factdesk.link.DifferenceKind;
import org.factdesk.link.LinkId;
import org.factdesk.link.LinkRelation;
import org.factdesk.link.LinkService;
import org.factdesk.link.LinkService.LinkFilter;
import org.factdesk.link.LinkService.LinkPair;
import org.factdesk.link.LinkState;
import org.factdesk.link.LinkTopics;
import org.factdesk.source.Document;
import org.factdesk.source.DocumentId;
import org.factdesk.source.DocumentService;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectRole;
import org.factdesk.team.ui.ProjectScope;

/**
 * Where the sources disagree: every conflicting pair of the project, both quotes side by side with what differs and
 * why Factdesk paired them, in the order {@link LinkService#pairs} gives. An editor decides in a keystroke and moves
 * on: {@code c} confirms, {@code r} rejects the selected pair, {@code j}/{@code k} move. The filter lives in the
 * address.
 */
@Route(LinkNavigation.CONFLICTS_ROUTE)
@PageTitle("Conflicts · Factdesk")
@PermitAll
class ConflictsView extends Main implements BeforeEnterObserver {

    static final int PAGE = 50;
    private static final long REDRAW_MILLIS = 1000;

    private final ProjectScope scope;
    private final LinkService links;
    private final DocumentService documents;
    private final LiveChannel live;
    private final ViewHeader header = new ViewHeader("Conflicts");
    private final ComboBox<Document> document = org.factdesk.source.ui.SourceFilterFields.document();
    private final ComboBox<String> outlet = org.factdesk.source.ui.SourceFilterFields.outlet();
    private final Select<DifferenceKind> difference = new Select<>();
    private final Select<LinkState> state = new Select<>();
    private final Span count = new Span();
    private final Span pending = new Span();
    private final Button relink = new Button("Link again", VaadinIcon.REFRESH.create());
    private final Div list = new Div();
    private final Button more = new Button("Show more");
    private MyProject project;
    private boolean canEdit;
    private boolean loading;
    private boolean following;
    private int limit = PAGE;
    private List<LinkPair> shown = List.of();
    private LinkId selected;
    private long lastDraw;

    ConflictsView(ProjectScope scope, LinkService links, DocumentService documents, LiveChannel live) {
        this.scope = scope;
        this.links = links;
        this.documents = documents;
        this.live = live;
        addClassNames("fd-view", "fd-view-wide", "fd-conflicts");
        difference.setItems(DifferenceKind.values());
        difference.setEmptySelectionAllowed(true);
        difference.setEmptySelectionCaption("Any difference");
        difference.setItemLabelGenerator(k -> k == null ? "Any difference" : "Differ in " + k.label());
        difference.setAriaLabel("Kind of difference");
        difference.setId("conflicts-difference");
        state.setItems(LinkState.values());
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption("Suggested or confirmed");
        state.setItemLabelGenerator(s -> s == null ? "Suggested or confirmed" : s.label() + " only");
        state.setAriaLabel("State");
        state.setId("conflicts-state");
        document.addValueChangeListener(e -> filterChanged());
        outlet.addValueChangeListener(e -> filterChanged());
        difference.addValueChangeListener(e -> filterChanged());
        state.addValueChangeListener(e -> filterChanged());
        var filters = new Div(document, outlet, difference, state, count);
        filters.addClassNames("fd-filters", "fd-conflict-filters");
        count.addClassName("fd-result-count");
        pending.addClassName("fd-link-pending");
        relink.setTooltipText("Look for links of every claim of this project again; decisions stay as they are");
        relink.addClickListener(e -> relink());
        header.withActions(pending, relink);
        list.addClassName("fd-conflict-list");
        more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        more.addClickListener(e -> {
            limit += PAGE;
            draw(true);
        });
        var hint = new Div("Select a pair, then c confirms the conflict, r rejects it (not the same fact); the next "
                + "pair is selected. j / k move. A quote opens its claim.");
        hint.addClassNames("fd-muted", "fd-conflict-hint");
        add(header, filters, hint, list, more);
        PageKeys.listen(this, List.of("j", "k", "c", "r"), this::onKey);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scope.enter(event).ifPresent(p -> {
            project = p;
            canEdit = p.role().canEditContent() && !p.project().data().archived();
            relink.setVisible((p.role() == ProjectRole.OWNER || p.role() == ProjectRole.EDITOR)
                    && !p.project().data().archived());
            header.withSubtitle(p.name());
            var documentList = documents.list(p.id());
            loading = true;
            document.setItems(documentList);
            outlet.setItems(documents.outlets(p.id()));
            readFilter(event.getLocation().getQueryParameters(), documentList);
            loading = false;
            if (!following) {
                following = true;
                LiveUpdates.follow(this, live, LinkTopics.project(p.id()), signal -> onSignal());
            }
            limit = PAGE;
            draw(true);
        });
    }

    // ---- the filter, in the address -------------------------------------------------------------------------------

    private void readFilter(QueryParameters parameters, List<Document> documentList) {
        var q = parameters.getParameters();
        var documentId = first(q, "document").flatMap(DocumentId::parse).orElse(null);
        document.setValue(documentId == null ? null
                : documentList.stream().filter(d -> d.id().equals(documentId)).findFirst().orElse(null));
        outlet.setValue(first(q, "outlet").orElse(null));
        difference.setValue(first(q, "difference").flatMap(v -> parse(DifferenceKind.class, v)).orElse(null));
        state.setValue(first(q, "state").flatMap(v -> parse(LinkState.class, v)).orElse(null));
    }

    private static Optional<String> first(Map<String, List<String>> q, String name) {
        return q.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    QueryParameters parameters() {
        var q = new LinkedHashMap<String, List<String>>();
        if (document.getValue() != null) {
            q.put("document", List.of(document.getValue().id().toString()));
        }
        if (outlet.getValue() != null) {
            q.put("outlet", List.of(outlet.getValue()));
        }
        if (difference.getValue() != null) {
            q.put("difference", List.of(difference.getValue().name().toLowerCase(Locale.ROOT)));
        }
        if (state.getValue() != null) {
            q.put("state", List.of(state.getValue().name().toLowerCase(Locale.ROOT)));
        }
        return new QueryParameters(q);
    }

    private LinkFilter filter() {
        return new LinkFilter(LinkRelation.CONFLICTS, state.getValue(),
                document.getValue() == null ? null : document.getValue().id(), outlet.getValue(),
                difference.getValue());
    }

    private void filterChanged() {
        if (loading || project == null) {
            return;
        }
        limit = PAGE;
        selected = null;
        draw(true);
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location(LinkNavigation.conflicts(project.id()), parameters()));
    }

    // ---- the list -------------------------------------------------------------------------------------------------

    private void onSignal() {
        int waiting = showPending();
        if (waiting == 0 || System.currentTimeMillis() - lastDraw >= REDRAW_MILLIS) {
            draw(false);
        }
    }

    private int showPending() {
        int waiting = links.pending(project.id());
        pending.setText(String.format(Locale.ENGLISH, "Linking: %,d %s to go…", waiting,
                waiting == 1 ? "claim" : "claims"));
        pending.setVisible(waiting > 0);
        return waiting;
    }

    /** Draws the pairs the database holds; a pair that did not change keeps its place and the selection. */
    void draw(boolean always) {
        lastDraw = System.currentTimeMillis();
        int waiting = showPending();
        // one more than shown tells whether there are more
        var latest = links.pairs(project.id(), filter(), 0, limit + 1);
        more.setVisible(latest.size() > limit);
        latest = latest.size() > limit ? latest.subList(0, limit) : latest;
        if (!always && latest.equals(shown)) {
            return;
        }
        shown = latest;
        count.setText(shown.size() + (more.isVisible() ? "+" : "") + (shown.size() == 1 ? " pair" : " pairs"));
        list.removeAll();
        if (shown.isEmpty()) {
            var empty = new Div(waiting > 0 ? "Looking for the same facts across sources… conflicts appear here as "
                    + "they are found." : filtered() ? "No conflict matches these filters."
                    : "No conflicts found. Sources that disagree on a figure, date, place or name show up here.");
            empty.addClassName("fd-empty");
            list.add(empty);
        }
        if (selected != null && shown.stream().noneMatch(p -> p.id().equals(selected))) {
            selected = null;
        }
        if (selected == null && !shown.isEmpty()) {
            selected = shown.getFirst().id();
        }
        shown.forEach(p -> list.add(row(p)));
    }

    private boolean filtered() {
        return document.getValue() != null || outlet.getValue() != null || difference.getValue() != null
                || state.getValue() != null;
    }

    private Div row(LinkPair pair) {
        var score = new Span(String.valueOf(pair.score()));
        score.addClassName("fd-link-score");
        score.getElement().setAttribute("title", "How sure Factdesk is that this is the same fact, 0–100");
        var top = new Div(LinkParts.state(pair.state()), score, LinkParts.reasons(pair.reasons()));
        top.addClassName("fd-conflict-top");
        if (canEdit) {
            top.add(actions(pair));
        }
        var ends = new Div(end(pair.a(), "A"), end(pair.b(), "B"));
        ends.addClassName("fd-conflict-ends");
        var row = new Div(top, ends, LinkParts.differences(pair.differences()));
        row.addClassNames("fd-conflict-row", "fd-link-item-" + pair.state().name().toLowerCase(Locale.ROOT));
        if (pair.id().equals(selected)) {
            row.addClassName("fd-selected");
        }
        row.getElement().setAttribute("tabindex", "0");
        row.getElement().setAttribute("data-link", pair.id().toString());
        row.addClickListener(e -> select(pair.id(), false));
        row.getElement().addEventListener("focusin", e -> select(pair.id(), false));
        return row;
    }

    private Div end(LinkService.End end, String side) {
        var label = new Span(side);
        label.addClassName("fd-conflict-side");
        var source = new Span(end.outlet() == null || end.outlet().isBlank() ? end.documentTitle()
                : end.outlet() + " · " + end.documentTitle());
        source.addClassName("fd-link-source");
        source.getElement().setAttribute("title", end.documentTitle());
        var quote = new Div();
        quote.setText("“" + end.quote() + "”");
        quote.addClassName("fd-link-quote");
        quote.getElement().setAttribute("title", "Open this claim");
        quote.addClickListener(e -> open(end.claimId()));
        var box = new Div(new Div(label, source), quote);
        box.addClassName("fd-conflict-end");
        return box;
    }

    private Div actions(LinkPair pair) {
        var actions = new Div();
        actions.addClassName("fd-link-actions");
        if (pair.state() != LinkState.CONFIRMED) {
            var confirm = new Button("Confirm", e -> decide(pair, LinkState.CONFIRMED));
            confirm.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
            confirm.setTooltipText("c");
            actions.add(confirm);
        }
        if (pair.state() != LinkState.REJECTED) {
            var reject = new Button("Reject", e -> decide(pair, LinkState.REJECTED));
            reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reject.setTooltipText("r: not the same fact");
            actions.add(reject);
        }
        return actions;
    }

    private void open(ClaimId claim) {
        ClaimNavigation.navigateToClaim(claim);
    }

    void select(LinkId id, boolean reveal) {
        if (id.equals(selected) && !reveal) {
            return;
        }
        selected = id;
        list.getChildren().filter(c -> c.getElement().hasAttribute("data-link")).forEach(c -> {
            boolean on = id.toString().equals(c.getElement().getAttribute("data-link"));
            c.getElement().getClassList().set("fd-selected", on);
            if (on && reveal) {
                c.getElement().executeJs("this.focus({preventScroll: true}); this.scrollIntoView({block: 'nearest'})");
            }
        });
    }

    private Optional<LinkPair> current() {
        return shown.stream().filter(p -> p.id().equals(selected)).findFirst();
    }

    private void onKey(String key) {
        switch (key) {
            case "j" -> move(1);
            case "k" -> move(-1);
            case "c" -> current().filter(p -> canEdit).ifPresent(p -> decide(p, LinkState.CONFIRMED));
            case "r" -> current().filter(p -> canEdit).ifPresent(p -> decide(p, LinkState.REJECTED));
            default -> {
                // other keys are the browser's
            }
        }
    }

    private void move(int step) {
        if (shown.isEmpty()) {
            return;
        }
        int index = indexOf(selected);
        int next = index < 0 ? 0 : Math.max(0, Math.min(shown.size() - 1, index + step));
        select(shown.get(next).id(), true);
    }

    private int indexOf(LinkId id) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Decides on one pair and selects the pair after it, wherever the decision moved this one. */
    void decide(LinkPair pair, LinkState decision) {
        int index = indexOf(pair.id());
        var before = new ArrayList<>(shown);
        try {
            links.decide(pair.id(), pair.version(), pair.relation(), decision);
            Notifications.success(decision == LinkState.CONFIRMED ? "Conflict confirmed."
                    : "Rejected: this pair will not be suggested again.");
        } catch (ConflictException e) {
            Notifications.error("Someone decided on this pair meanwhile. The list shows it as it is now: decide again "
                    + "if you still want to.");
            draw(true);
            return;
        }
        selected = null;
        draw(true);
        LinkId next = null;
        for (int i = index + 1; i < before.size() && next == null; i++) {
            var candidate = before.get(i).id();
            if (indexOf(candidate) >= 0) {
                next = candidate;
            }
        }
        if (next == null && !shown.isEmpty()) {
            next = shown.get(Math.min(Math.max(index, 0), shown.size() - 1)).id();
        }
        if (next != null) {
            select(next, true);
        }
    }

    private void relink() {
        int queued = links.relink(project.id());
        Notifications.success(String.format(Locale.ENGLISH, "Linking %,d %s again…", queued,
                queued == 1 ? "claim" : "claims"));
        showPending();
    }

    /** For tests. */
    List<LinkPair> shownPairs() {
        return shown;
    }

    LinkId selectedLink() {
        return selected;
    }

    void pressKey(String key) {
        onKey(key);
    }
}
