package org.factdesk.claim.ui;

import org.factdesk.source.ui.SourceNavigation;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.base.ui.AlsoHere;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.claim.AnchorState;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.LiveTopics;
import org.factdesk.source.Document;
import org.factdesk.source.DocumentId;
import org.factdesk.source.DocumentService;
import org.factdesk.source.DocumentText;
import org.factdesk.source.ui.StructuredText;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ui.CurrentProject;
import tools.jackson.databind.JsonNode;

/**
 * The annotated reader: a document's text with every claim highlighted, and the claims beside it.
 * Clicking either side selects the claim on both. Keyboard: j/k next and previous claim, a accept,
 * x dismiss, m make a claim from the selected text.
 */
@Route(SourceNavigation.DOCUMENT_ROUTE)
@PermitAll
class ReaderView extends Main implements BeforeEnterObserver, HasDynamicTitle, ReaderActions.Reader {

    private final DocumentService documents;
    private final ClaimService claims;
    private final ProjectAccess access;
    private final ViewHeader header = new ViewHeader("");
    private final Anchor back = new Anchor();
    private final Anchor details = new Anchor();
    private final Div meta = new Div();
    private final Div textPane = new Div();
    private final Div listPane = new Div();
    private final Div listSummary = new Div();
    private final ReaderFilters filters = new ReaderFilters(this::render);
    private final ReaderActions actions;
    private final Button makeClaim = new Button("Make claim", VaadinIcon.PLUS.create());
    private final Button extract = new Button("Find claims again", VaadinIcon.MAGIC.create());
    private Document document;
    private DocumentText text;
    private List<Claim> all = List.of();
    private List<Claim> visible = List.of();
    private final java.util.Map<ClaimId, ClaimCard> cards = new java.util.HashMap<>();
    private ClaimId selected;
    private boolean canEdit;
    private String title = "Reader";

    private final LiveChannel live;
    private final CurrentUser currentUser;
    private final Div presence = new Div();
    private final List<ClaimPanelExtension> panelExtensions;
    /** The panels of the selected claim's card, which answer the keys the reader does not. */
    private List<ClaimPanelExtension.ClaimPanel> panels = List.of();

    ReaderView(DocumentService documents, ClaimService claims, ProjectAccess access, LiveChannel live,
               CurrentUser currentUser, List<ClaimPanelExtension> panelExtensions) {
        this.panelExtensions = panelExtensions;
        this.live = live;
        this.currentUser = currentUser;
        this.documents = documents;
        this.claims = claims;
        this.actions = new ReaderActions(claims, this);
        this.access = access;
        addClassNames("fd-view", "fd-view-wide", "fd-reader");
        var keys = new java.util.ArrayList<>(List.of("j k a x m"));
        panelExtensions.forEach(x -> keys.addAll(x.keys()));
        getElement().setAttribute("data-fd-keys", String.join(" ", keys));
        back.addClassName("fd-back");
        details.setText("Details & versions");
        details.addClassName("fd-link-button");
        meta.addClassName("fd-reader-meta");

        makeClaim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        makeClaim.setTooltipText("Select text, then press m");
        makeClaim.addClickListener(e -> withSelection(this::createFromSelection));
        extract.setTooltipText("Run claim extraction on this document again; existing claims stay");
        extract.addClickListener(e -> {
            var summary = claims.extract(document.id());
            Notifications.success(summary.added() == 0 ? "No new claims found."
                    : "Added " + summary.added() + " suggested claim" + (summary.added() == 1 ? "" : "s") + ".");
            reload();
        });
        header.withActions(details, extract, makeClaim);

        textPane.addClassName("fd-reader-text-pane");
        listPane.addClassName("fd-claim-list");
        listSummary.addClassName("fd-claim-list-summary");
        var side = new Div(listSummary, listPane);
        side.addClassName("fd-reader-side");
        var columns = new Div(textPane, side);
        columns.addClassName("fd-reader-columns");
        presence.addClassName("fd-presence");
        add(back, header, meta, presence, filters, columns);

        getElement().addEventListener("reader-key", e -> onKey(e.getEventData()))
                .addEventData("event.detail.key")
                .addEventData("event.detail.selection");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJavaScript("frontend/reader.js");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(SourceNavigation.DOCUMENT_PARAMETER).flatMap(DocumentId::parse);
        try {
            document = documents.get(id.orElseThrow(() -> new org.factdesk.base.NotFoundException("no id")));
        } catch (org.factdesk.base.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, "This document does not exist, or you may not see it.");
            return;
        }
        CurrentProject.set(document.projectId());
        var project = access.requireRead(document.projectId());
        canEdit = project.role().canEditContent() && !project.project().data().archived();
        makeClaim.setVisible(canEdit);
        extract.setVisible(canEdit);
        title = document.data().title();
        header.setTitle(document.data().title());
        back.setText("← All sources");
        back.setHref(SourceNavigation.sources(document.projectId()));
        details.setHref(SourceNavigation.documentDetails(document.id()));
        meta.setText(org.factdesk.source.ui.DocumentSummary.line(document));
        followLive(document.id());
        reload();
        // the claims list opens the reader at one claim (?claim=…), selected and in view, even one the default
        // filter hides (a dismissed claim): then the filter widens to all statuses
        event.getLocation().getQueryParameters().getSingleParameter(ClaimNavigation.AT_CLAIM).flatMap(ClaimId::parse)
                .filter(c -> all.stream().anyMatch(v -> v.id().equals(c)))
                .ifPresent(c -> {
                    if (visible.stream().noneMatch(v -> v.id().equals(c))) {
                        filters.showAll();
                    }
                    select(c, true);
                });
    }

    /** Another document reuses this view, so presence and live changes are renewed per document. */
    private void followLive(DocumentId documentId) {
        presence.removeAll();
        String me = currentUser.get().map(p -> p.displayName()).orElse("Someone");
        presence.add(AlsoHere.following(live, LiveTopics.document(documentId), me, signal -> onRemoteChange()));
    }

    private void onRemoteChange() {
        var latest = claims.forDocument(document.id());
        boolean newText = documents.get(document.id()).currentVersion() != text.number();
        // our own changes are already on screen; only redraw for someone else's
        if (newText || !latest.equals(all)) {
            reload();
        }
    }

    private void reload() {
        text = documents.currentText(document.id());
        all = claims.forDocument(document.id());
        render();
    }

    void render() {
        visible = all.stream().filter(filters::matches).toList();
        var highlights = visible.stream()
                .filter(c -> c.data().anchor() != AnchorState.ORPHANED && c.data().documentVersion() == text.number())
                .map(c -> new StructuredText.Highlight(c.data().span().start(), c.data().span().end(), c.id().toString(),
                        ClaimStyles.highlight(c)))
                .toList();
        textPane.removeAll();
        var annotated = new StructuredText(text.text(), text.blocks(), highlights);
        annotated.addClassName("fd-reader-text");
        annotated.getElement().addEventListener("click", e -> {
            var id = e.getEventData().get("event.target.dataset.claim");
            if (id != null && !id.isNull() && !id.asString().isEmpty()) {
                ClaimId.parse(id.asString()).ifPresent(claimId -> select(claimId, true));
            }
        }).addEventData("event.target.dataset.claim");
        textPane.add(annotated);

        listPane.removeAll();
        updateSummary();
        if (visible.isEmpty()) {
            var empty = new Div();
            empty.setText(all.isEmpty() ? "No claims yet. Select text and press m to make one."
                    : "No claim matches these filters.");
            empty.addClassName("fd-empty");
            listPane.add(empty);
        }
        cards.clear();
        panels = List.of();
        for (Claim claim : visible) {
            var card = card(claim);
            cards.put(claim.id(), card);
            listPane.add(card);
        }
        if (selected != null) {
            markSelected(false);
        }
    }

    private ClaimCard card(Claim claim) {
        var card = new ClaimCard(claim);
        card.addClickListener(e -> select(claim.id(), false));
        if (claim.id().equals(selected)) {
            card.addClassName("fd-selected");
            actions.addAll(card, canEdit);
            panels = panelExtensions.stream()
                    .flatMap(x -> x.panel(claim, ClaimPanelExtension.Place.READER_CARD,
                            ClaimNavigation::navigateToClaim).stream())
                    .toList();
            panels.forEach(p -> card.addPanel(p.component()));
        } else if (canEdit && claim.data().status() == ClaimStatus.SUGGESTED) {
            actions.addTriage(card);
        }
        return card;
    }

    /** Replaces one claim's card and highlight in place: a status change must not redraw a long document. */
    private void refreshClaim(Claim updated) {
        all = all.stream().map(c -> c.id().equals(updated.id()) ? updated : c).toList();
        var old = cards.get(updated.id());
        boolean stillVisible = filters.matches(updated);
        if (old != null) {
            if (stillVisible) {
                var replacement = card(updated);
                listPane.replace(old, replacement);
                cards.put(updated.id(), replacement);
            } else {
                listPane.remove(old);
                cards.remove(updated.id());
            }
        }
        visible = all.stream().filter(filters::matches).toList();
        updateSummary();
        String classes = stillVisible ? String.join(" ", ClaimStyles.highlight(updated)) : "";
        textPane.getElement().executeJs("""
                this.querySelectorAll('[data-claim="' + $0 + '"]').forEach(e => {
                  const selected = e.classList.contains('fd-claim-selected');
                  e.className = $1;
                  if (selected && $1) { e.classList.add('fd-claim-selected'); }
                });""", updated.id().toString(), classes);
    }

    /** The counts above the list; every change of a claim's status passes here, so they never go stale. */
    private void updateSummary() {
        long suggested = visible.stream().filter(c -> c.data().status() == ClaimStatus.SUGGESTED).count();
        long orphaned = all.stream().filter(c -> c.data().anchor() == AnchorState.ORPHANED).count();
        listSummary.setText(visible.size() + " of " + all.size() + " claims shown" + (suggested > 0 ? " · " + suggested
                + " suggested" : "") + (orphaned > 0 ? " · " + orphaned + " orphaned" : ""));
    }

    @Override
    public List<Claim> claims() {
        return all;
    }

    @Override
    public void reloadAt(ClaimId claim) {
        selected = claim;
        reload();
    }

    @Override
    public void refresh(Claim updated) {
        refreshClaim(updated);
    }

    @Override
    public com.vaadin.flow.component.Component text() {
        return textPane;
    }

    void select(ClaimId id, boolean fromText) {
        var previous = selected;
        selected = id;
        panels = List.of();
        // only the two cards involved change; the text's highlight moves in the browser
        for (var changed : new ClaimId[] {previous, id}) {
            if (changed != null && cards.containsKey(changed)) {
                var claim = cards.get(changed).claim;
                var replacement = card(all.stream().filter(c -> c.id().equals(claim.id())).findFirst().orElse(claim));
                listPane.replace(cards.get(changed), replacement);
                cards.put(changed, replacement);
            }
        }
        markSelected(fromText);
    }

    private void markSelected(boolean revealCard) {
        String id = selected.toString();
        textPane.getElement().executeJs("""
                this.querySelectorAll('.fd-claim-selected').forEach(e => e.classList.remove('fd-claim-selected'));
                const runs = this.querySelectorAll('[data-claim="' + $0 + '"]');
                runs.forEach(e => e.classList.add('fd-claim-selected'));
                if (!$1 && window.factdeskReader) { window.factdeskReader.reveal(runs[0]); }
                """, id, revealCard);
        if (revealCard) {
            listPane.getElement().executeJs("window.factdeskReader && window.factdeskReader.reveal("
                    + "this.querySelector('[data-claim-card=\"' + $0 + '\"]'))", id);
        }
    }

    private void onKey(JsonNode data) {
        String key = data.get("event.detail.key").asString();
        switch (key) {
            case "j" -> move(1);
            case "k" -> move(-1);
            case "a" -> current().filter(c -> canEdit).ifPresent(c -> triage(c, ClaimStatus.TO_CHECK));
            case "x" -> current().filter(c -> canEdit).ifPresent(c -> triage(c, ClaimStatus.DISMISSED));
            case "m" -> {
                if (canEdit) {
                    TextSelection.parse(data.get("event.detail.selection").asString()).ifPresentOrElse(this::createFromSelection,
                            () -> Notifications.error("Select some text first, then press m."));
                }
            }
            default -> {
                // the selected card's panels answer the rest ("In other sources": c confirms, r rejects)
                for (var panel : panels) {
                    if (panel.onKey(key)) {
                        break;
                    }
                }
            }
        }
    }

    /** Keyboard triage: decide on the selected claim, then move on to the next one. */
    private void triage(Claim claim, ClaimStatus status) {
        int index = visible.indexOf(claim);
        actions.setStatus(claim, status);
        if (!visible.isEmpty()) {
            boolean stillShown = visible.stream().anyMatch(c -> c.id().equals(claim.id()));
            int next = stillShown ? Math.min(index + 1, visible.size() - 1) : Math.min(index, visible.size() - 1);
            select(visible.get(Math.max(0, next)).id(), true);
        }
    }

    private Optional<Claim> current() {
        return visible.stream().filter(c -> c.id().equals(selected)).findFirst();
    }

    private void move(int step) {
        if (visible.isEmpty()) {
            return;
        }
        int index = -1;
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id().equals(selected)) {
                index = i;
            }
        }
        int next = index < 0 ? (step > 0 ? 0 : visible.size() - 1) : Math.floorMod(index + step, visible.size());
        select(visible.get(next).id(), true);
    }

    private void createFromSelection(int[] selection) {
        var claim = claims.create(document.id(), selection[0], selection[1]);
        selected = claim.id();
        Notifications.success("Claim made: \"" + abbreviate(claim.data().quote()) + "\"");
        reload();
        markSelected(true);
    }

    private void withSelection(Consumer<int[]> action) {
        TextSelection.read(textPane, action);
    }

    private static String abbreviate(String quote) {
        return quote.length() > 80 ? quote.substring(0, 77) + "…" : quote;
    }

    /** For tests: a key as the browser forwards it, with no text selected. */
    void pressKey(String key) {
        var event = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        event.put("event.detail.key", key);
        event.put("event.detail.selection", "null");
        onKey(event);
    }

    List<Claim> visibleClaims() {
        return visible;
    }

    @Override
    public String getPageTitle() {
        return title + " · Factdesk";
    }
}
