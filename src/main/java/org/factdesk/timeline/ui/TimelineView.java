package org.factdesk.timeline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.factdesk.base.ConflictException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.PageKeys;
import org.factdesk.base.ui.Times;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ui.ClaimNavigation;
import org.factdesk.review.RatingLevel;
import org.factdesk.review.ReviewService;
import org.factdesk.source.Document;
import org.factdesk.source.DocumentService;
import org.factdesk.team.MyProject;
import org.factdesk.team.ui.ProjectScope;
import org.factdesk.timeline.EventClaim;
import org.factdesk.timeline.EventConflict;
import org.factdesk.timeline.EventId;
import org.factdesk.timeline.Timeline;
import org.factdesk.timeline.TimelineEvent;
import org.factdesk.timeline.TimelineQuery;
import org.factdesk.timeline.TimelineService;
import org.factdesk.timeline.TimelineSvg;
import org.factdesk.timeline.TimelineSvg.Lanes;
import org.factdesk.timeline.TimelineSvg.Window;

/**
 * The story on one line: the project's events on a time axis, one lane per source or outlet, conflicting claims
 * joined in red. ← → move through time, + and − zoom (from years to hours), 0 shows everything. Clicking an event
 * lists its claims side by side below; clicking a cluster zooms into it.
 */
@Route(TimelineNavigation.TIMELINE_ROUTE)
@PageTitle("Timeline · Factdesk")
@PermitAll
class TimelineView extends Main implements BeforeEnterObserver {

    private final ProjectScope scope;
    private final TimelineService timeline;
    private final DocumentService documents;
    private final ReviewService reviews;
    private final ViewHeader header = new ViewHeader("Timeline");
    private final Select<Lanes> lanes = new Select<>();
    private final ComboBox<Document> document = org.factdesk.source.ui.SourceFilterFields.document();
    private final ComboBox<String> outlet = org.factdesk.source.ui.SourceFilterFields.outlet();
    private final Select<ClaimStatus> status = new Select<>();
    private final Select<RatingLevel> verdict = new Select<>();
    private final Checkbox conflictsOnly = new Checkbox("Conflicts only");
    private final Span count = new Span();
    private final Span updating = new Span("Updating…");
    private final Span range = new Span();
    private final Div drawing = new Div();
    private final Div panel = new Div();
    private MyProject project;
    private boolean canEdit;
    private Window window;
    private Timeline shown;
    private TimelineService.Extent extent;
    private EventId selected;

    TimelineView(ProjectScope scope, TimelineService timeline, DocumentService documents, ReviewService reviews) {
        this.scope = scope;
        this.timeline = timeline;
        this.documents = documents;
        this.reviews = reviews;
        addClassNames("fd-view", "fd-view-wide", "fd-timeline");
        lanes.setItems(Lanes.values());
        lanes.setItemLabelGenerator(Lanes::label);
        lanes.setValue(Lanes.SOURCE);
        lanes.setAriaLabel("Lanes");
        lanes.setId("timeline-lanes");
        status.setItems(ClaimStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        status.setAriaLabel("Status");
        status.setId("timeline-status");
        verdict.setEmptySelectionAllowed(true);
        verdict.setEmptySelectionCaption("Any verdict");
        verdict.setItemLabelGenerator(v -> v == null ? "Any verdict" : v.label());
        verdict.setAriaLabel("Verdict");
        verdict.setId("timeline-verdict");
        conflictsOnly.setId("timeline-conflicts-only");
        lanes.addValueChangeListener(e -> redraw());
        for (var field : List.of(document, outlet)) {
            field.addValueChangeListener(e -> reload());
        }
        status.addValueChangeListener(e -> reload());
        verdict.addValueChangeListener(e -> reload());
        conflictsOnly.addValueChangeListener(e -> reload());
        count.addClassName("fd-result-count");
        var filters = new Div(lanes, document, outlet, status, verdict, conflictsOnly, count);
        filters.addClassNames("fd-filters", "fd-timeline-filters");

        var back = tool(VaadinIcon.ANGLE_LEFT, "Earlier (←)", () -> move(-0.25));
        var out = tool(VaadinIcon.MINUS, "Zoom out (−)", () -> zoom(2));
        var in = tool(VaadinIcon.PLUS, "Zoom in (+)", () -> zoom(0.5));
        var forward = tool(VaadinIcon.ANGLE_RIGHT, "Later (→)", () -> move(0.25));
        var all = new Button("Everything", e -> fit());
        all.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        all.setTooltipText("Show the whole timeline (0)");
        range.addClassName("fd-timeline-range");
        range.setId("timeline-range");
        updating.addClassName("fd-link-pending");
        updating.setVisible(false);
        var tools = new Div(back, out, in, forward, all, range, updating);
        tools.addClassName("fd-timeline-tools");
        var hint = new Div("← → move through time, + − zoom, 0 shows everything (the page opens on where most events are). Click an event to see its claims side "
                + "by side; click a numbered cluster to zoom into it. Red lines join claims that conflict.");
        hint.addClassNames("fd-muted", "fd-timeline-hint");
        drawing.addClassName("fd-timeline-drawing");
        drawing.setId("timeline-drawing");
        drawing.getElement().addEventListener("click", e -> {
            String event = text(e.getEventData().get(EVENT_DATA));
            String zoom = text(e.getEventData().get(ZOOM_DATA));
            if (zoom != null && !zoom.isBlank()) {
                zoomInto(zoom);
            } else if (event != null && !event.isBlank()) {
                EventId.parse(event).ifPresent(this::select);
            }
        }).addEventData(EVENT_DATA).addEventData(ZOOM_DATA);
        panel.addClassName("fd-timeline-panel");
        panel.setId("timeline-panel");
        add(header, filters, tools, hint, drawing, panel);
        PageKeys.listen(this, List.of("ArrowLeft", "ArrowRight", "+", "=", "-", "0", "Escape"), this::onKey);
    }

    private static final String EVENT_DATA = "event.target.closest('[data-event]')?.dataset.event";
    private static final String ZOOM_DATA = "event.target.closest('[data-zoom]')?.dataset.zoom";

    private static String text(tools.jackson.databind.JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asString();
    }

    private static Button tool(VaadinIcon icon, String tip, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_CONTRAST);
        button.setTooltipText(tip);
        button.setAriaLabel(tip);
        return button;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        scope.enter(event).ifPresent(p -> {
            project = p;
            canEdit = p.role().canEditContent() && !p.project().data().archived();
            header.withSubtitle(p.name());
            document.setItems(documents.list(p.id()));
            outlet.setItems(documents.outlets(p.id()));
            verdict.setItems(reviews.scale(p.id()).levels());
            window = null;
            selected = null;
            // opened on one event (from a claim's page): the window around it, the event listed below
            var asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("event", List.of())
                    .stream().findFirst().flatMap(EventId::parse).flatMap(id -> timeline.event(p.id(), id));
            asked.ifPresent(e -> {
                window = Window.around(e.date(), e.dateEnd());
                selected = e.id();
            });
            reload();
        });
    }

    // ---- keys and zoom ------------------------------------------------------------------------------------------

    void onKey(String key) {
        switch (key) {
            case "ArrowLeft" -> move(-0.25);
            case "ArrowRight" -> move(0.25);
            case "+", "=" -> zoom(0.5);
            case "-" -> zoom(2);
            case "0" -> fit();
            case "Escape" -> select(null);
            default -> {
            }
        }
    }

    void zoom(double factor) {
        if (window != null) {
            window = window.zoom(factor);
            fetch();
        }
    }

    void move(double share) {
        if (window != null) {
            window = window.pan(share);
            fetch();
        }
    }

    /** Shows every event the filters let through. */
    void fit() {
        if (extent != null && extent.first() != null) {
            window = Window.around(extent.first(), extent.last());
            fetch();
        }
    }

    private void zoomInto(String span) {
        var parts = span.split("/");
        try {
            window = Window.around(LocalDate.parse(parts[0]), LocalDate.parse(parts[1]));
            fetch();
        } catch (RuntimeException notAPeriod) {
            // a drawing from before a redraw: nothing to zoom into
        }
    }

    Window window() {
        return window;
    }

    // ---- data ---------------------------------------------------------------------------------------------------

    private TimelineQuery query() {
        return new TimelineQuery(null, null, document.getValue() == null ? null : document.getValue().id(),
                outlet.getValue(), status.getValue(), verdict.getValue() == null ? null : verdict.getValue().id(),
                conflictsOnly.getValue());
    }

    /**
     * Reads how far the filtered events reach, opening on where most of them are the first time, then the events in
     * view. Each zoom or move reads the events of the new window: a year of a large project is one statement.
     */
    void reload() {
        if (project == null) {
            return;
        }
        extent = timeline.extent(project.id(), query());
        updating.setVisible(timeline.updating(project.id()));
        if (window == null && extent.first() != null) {
            window = Window.around(extent.mostFrom(), extent.mostTo());
        }
        fetch();
    }

    private void fetch() {
        var q = window == null ? query() : query().between(window.from().toLocalDate(), window.to().toLocalDate());
        shown = timeline.drawing(project.id(), q);
        if (selected != null && shown.events().stream().noneMatch(e -> e.id().equals(selected))) {
            selected = null;
        }
        redraw();
    }

    private void redraw() {
        if (shown == null) {
            return;
        }
        long conflicts = shown.events().stream().filter(e -> !e.conflicts().isEmpty()).count();
        count.setText(String.format(Locale.ENGLISH, "%,d %s in view · %,d with conflicts · %,d undated %s",
                shown.events().size(), shown.events().size() == 1 ? "event" : "events", conflicts, shown.undated(),
                shown.undated() == 1 ? "claim" : "claims"));
        if (window == null || extent == null || extent.first() == null) {
            range.setText("");
            drawing.getElement().setProperty("innerHTML", "");
            drawing.removeAll();
            var empty = new Div(shown.undated() > 0
                    ? "No claim gives a date yet. Claims with a date (\"on 4 December\", \"last Tuesday\") appear here "
                    + "as events, grouped with what other sources say of the same fact."
                    : "No events yet. Import sources: their claims with dates appear here as events.");
            empty.addClassName("fd-empty");
            drawing.add(empty);
            drawPanel();
            return;
        }
        drawing.removeAll();
        range.setText(Times.DATE.format(window.from()) + " – " + Times.DATE.format(window.to().minusSeconds(1)));
        drawing.getElement().setProperty("innerHTML", TimelineSvg.draw(shown, window, lanes.getValue(), selected));
        drawPanel();
    }

    // ---- the selected event -------------------------------------------------------------------------------------

    void select(EventId id) {
        selected = id;
        redraw();
    }

    EventId selected() {
        return selected;
    }

    private void drawPanel() {
        panel.removeAll();
        // the drawing carries no words: the selected event is read whole, with all its claims
        var event = selected == null || shown.events().stream().noneMatch(e -> e.id().equals(selected)) ? null
                : timeline.event(project.id(), selected).orElse(null);
        if (event == null) {
            var none = new Div("Select an event to see its claims side by side.");
            none.addClassNames("fd-muted", "fd-timeline-none");
            panel.add(none);
            panel.add(decisions());
            return;
        }
        var title = new H3(event.title());
        title.addClassName("fd-timeline-event-title");
        var when = new Span(TimelineSvg.dates(event));
        when.addClassName("fd-timeline-when");
        var facts = new Div(when, new Span(event.sources() + (event.sources() == 1 ? " source" : " sources")),
                new Span(event.claims().size() + (event.claims().size() == 1 ? " claim" : " claims")));
        facts.addClassName("fd-timeline-facts");
        if (event.datesDisagree()) {
            var disagree = new Span("Sources give different dates: " + event.claims().stream().map(EventClaim::date)
                    .filter(Objects::nonNull).distinct().sorted().map(Times.DATE::format)
                    .collect(Collectors.joining(", ")));
            disagree.addClassName("fd-timeline-disagree");
            facts.add(disagree);
        }
        panel.add(title, facts);
        if (!event.conflicts().isEmpty()) {
            var conflicts = new Div();
            conflicts.addClassName("fd-timeline-conflicts");
            var quotes = event.claims().stream().collect(Collectors.toMap(EventClaim::claimId, c -> c, (a, b) -> a));
            for (var c : event.conflicts()) {
                conflicts.add(conflictLine(c, quotes));
            }
            panel.add(conflicts);
        }
        var claims = new Div();
        claims.addClassName("fd-timeline-claims");
        event.claims().forEach(c -> claims.add(card(event, c)));
        panel.add(claims);
        if (canEdit) {
            panel.add(mergeRow(event));
        }
        panel.add(decisions());
    }

    private Div conflictLine(EventConflict c, Map<ClaimId, EventClaim> claims) {
        var a = claims.get(c.claimA());
        var b = claims.get(c.claimB());
        String what = c.differences().isEmpty() ? "The sources disagree."
                : c.differences().stream().map(d -> d.kind().label() + ": " + d.thisSide() + " ↔ " + d.otherSide())
                .collect(Collectors.joining("; "));
        var line = new Div(new Span("Conflict"), new Span(
                (a == null ? "?" : a.sourceName()) + " ↔ " + (b == null ? "?" : b.sourceName()) + " · " + what));
        line.addClassName("fd-timeline-conflict");
        return line;
    }

    private Div card(TimelineEvent event, EventClaim c) {
        var source = new Span(c.sourceName());
        source.addClassName("fd-link-source");
        source.getElement().setAttribute("title", c.documentTitle());
        var date = new Span(c.date() == null ? "no date of its own" : c.date().equals(c.dateEnd())
                ? Times.DATE.format(c.date()) + (c.time() == null ? "" : ", " + c.time())
                : Times.DATE.format(c.date()) + " – " + Times.DATE.format(c.dateEnd()));
        date.addClassName("fd-timeline-claim-date");
        var top = new Div(source, date);
        top.addClassName("fd-timeline-card-top");
        var quote = new Anchor(ClaimNavigation.claim(c.claimId()), "“" + c.quote() + "”");
        quote.addClassName("fd-link-quote");
        quote.getElement().setAttribute("title", "Open this claim");
        var verdictBadge = new Span(c.verdict() == null ? "No verdict" : c.verdict());
        verdictBadge.addClassName("fd-timeline-verdict");
        if (c.verdictColor() != null) {
            verdictBadge.getStyle().set("background", c.verdictColor()).set("color", "#fff");
        }
        var state = new Span(c.status().label());
        state.addClassName("fd-muted");
        var bottom = new Div(verdictBadge, state);
        bottom.addClassName("fd-timeline-card-bottom");
        if (canEdit && event.claims().size() > 1) {
            var out = new Button("Take out", e -> detach(c.claimId()));
            out.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            out.setTooltipText("Not the same event: take this claim out of it");
            bottom.add(out);
        }
        var card = new Div(top, quote, bottom);
        card.addClassName("fd-timeline-card");
        card.getElement().setAttribute("data-claim", c.claimId().toString());
        return card;
    }

    private Div mergeRow(TimelineEvent event) {
        var others = new ComboBox<TimelineEvent>();
        others.setPlaceholder("Another event in view…");
        others.setAriaLabel("Event to merge with");
        others.setItems(shown.events().stream().filter(e -> !e.id().equals(event.id())).toList());
        others.setItemLabelGenerator(e -> TimelineSvg.dates(e) + " · " + e.title());
        others.setWidth("28rem");
        others.setId("timeline-merge-with");
        var merge = new Button("Merge", e -> {
            if (others.getValue() != null) {
                merge(event, others.getValue());
            }
        });
        merge.addThemeVariants(ButtonVariant.LUMO_SMALL);
        merge.setId("timeline-merge");
        var row = new Div(new Span("Same event as"), others, merge);
        row.addClassName("fd-timeline-merge");
        return row;
    }

    private void merge(TimelineEvent event, TimelineEvent other) {
        try {
            var merged = timeline.merge(other.claims().getFirst().claimId(), event.claims().getFirst().claimId());
            Notifications.success("Merged: the claims are one event now.");
            selected = merged.id();
            reload();
        } catch (InvalidInputException | ConflictException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void detach(ClaimId claim) {
        timeline.detach(claim);
        Notifications.success("Taken out: the claim stands on its own now.");
        reload();
    }

    private Details decisions() {
        var list = timeline.decisions(project.id());
        var body = new Div();
        body.addClassName("fd-timeline-decisions");
        if (list.isEmpty()) {
            body.add(new Span("No merges or claims taken out yet."));
        }
        for (var d : list.reversed()) {
            var text = new Span(d.kind().label() + ": claim " + d.claim() + (d.other() == null ? "" : " with claim "
                    + d.other()) + " · " + (d.decidedBy() == null ? "Factdesk" : d.decidedBy()) + ", "
                    + Times.WHEN.format(d.decidedAt()) + (d.active() ? "" : " · undone"));
            var row = new Div(text);
            if (canEdit && d.active()) {
                var undo = new Button("Undo", e -> {
                    try {
                        timeline.undo(project.id(), d.id(), d.version());
                        reload();
                    } catch (ConflictException conflict) {
                        Notifications.error(conflict.getMessage());
                        reload();
                    }
                });
                undo.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(undo);
            }
            body.add(row);
        }
        var details = new Details("Event decisions (" + list.size() + ")", body);
        details.addClassName("fd-timeline-decisions-box");
        return details;
    }
}
