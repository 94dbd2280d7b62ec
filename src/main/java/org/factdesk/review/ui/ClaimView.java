package org.factdesk.review.ui;

import org.factdesk.source.ui.SourceNavigation;
import org.factdesk.claim.ui.ClaimNavigation;
import org.factdesk.claim.ui.ClaimPanelExtension;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import org.factdesk.base.ConflictException;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.base.ui.AlsoHere;
import org.factdesk.base.ui.Notifications;
import org.factdesk.base.ui.PageKeys;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.review.RatingLevel;
import org.factdesk.review.RatingScale;
import org.factdesk.review.Review;
import org.factdesk.review.ReviewData;
import org.factdesk.review.ReviewRevision;
import org.factdesk.review.ReviewService;
import org.factdesk.source.DocumentService;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.Member;
import org.factdesk.team.UserId;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ProjectService;
import org.factdesk.team.ui.CurrentProject;

/**
 * One claim under review: its verdict on the project's scale, rationale (Markdown, shown sanitised),
 * claimant, date, tags, assignee and due date, its workflow status, and its history with restore.
 * Saving checks the version: if someone else saved meanwhile, a dialog shows both versions.
 */
@Route(ClaimNavigation.CLAIM_ROUTE)
@PermitAll
class ClaimView extends Main implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {


    private final ReviewService reviews;
    private final ClaimService claims;
    private final DocumentService documents;
    private final ProjectAccess access;
    private final ProjectService projects;
    private final org.factdesk.review.DiscussionService discussion;
    private final LiveChannel live;
    private final CurrentUser currentUser;
    private final List<ClaimPanelExtension> panelExtensions;
    private final List<ClaimPanelExtension.ClaimPanel> panels = new java.util.ArrayList<>();
    private final Div panelPane = new Div();
    private final Div panelSummary = new Div();
    private final Div discussionPane = new Div();
    private final Div presence = new Div();
    private final Span liveNote = new Span();
    private EvidenceSection evidence;
    private CommentsSection comments;
    private final Anchor back = new Anchor();
    private final Div quote = new Div();
    private final Div meta = new Div();
    private final Div statusBar = new Div();
    private final PublicationNotice notice = new PublicationNotice(this::markSourceChangeChecked);
    private final ReviewDataForm form = new ReviewDataForm(this::markDirty);
    private final Button save = new Button("Save");
    private final Span saveState = new Span();
    private final ReviewHistory history = new ReviewHistory(
            changes -> ReviewChanges.inWords(changes, this::verdictLabel, this::memberName), this::restore);
    private Review review;
    private RatingScale scale;
    private MyProject project;
    private boolean canEdit;
    /** The reader judges this claim blind in an agreement round: its verdict, history and discussion stay hidden. */
    private boolean blind;
    /** Ctrl+Enter saves the review; not registered while the reader judges blind (see {@link #saveByKey}). */
    private com.vaadin.flow.component.ShortcutRegistration saveShortcut;
    private final Div blindNote = new Div();
    private String title = "Claim";

    ClaimView(ReviewService reviews, ClaimService claims, DocumentService documents, ProjectAccess access,
              ProjectService projects, org.factdesk.review.DiscussionService discussion, LiveChannel live,
              CurrentUser currentUser, List<ClaimPanelExtension> panelExtensions) {
        this.reviews = reviews;
        this.panelExtensions = panelExtensions;
        this.live = live;
        this.currentUser = currentUser;
        this.claims = claims;
        this.documents = documents;
        this.access = access;
        this.projects = projects;
        this.discussion = discussion;
        addClassNames("fd-view", "fd-claim-view");
        panelPane.addClassName("fd-claim-panels");
        panelSummary.addClassName("fd-claim-panel-summary");
        back.addClassName("fd-back");
        quote.addClassName("fd-claim-view-quote");
        meta.addClassName("fd-reader-meta");
        statusBar.addClassName("fd-status-bar");

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setTooltipText("Ctrl+Enter");
        save.addClickListener(e -> form.write().ifPresent(data -> save(data, review.version())));
        saveState.addClassName("fd-save-state");

        var actions = new Div(save, saveState);
        actions.addClassName("fd-form-actions");
        form.addActions(actions);

        presence.addClassName("fd-presence");
        liveNote.addClassName("fd-live-note");
        presence.add(liveNote);
        blindNote.addClassName("fd-blind-note");
        blindNote.setText("You judge this claim blind in an agreement round. Its verdict, history and discussion are "
                + "hidden until you have given your own verdict below.");
        add(back, quote, meta, panelSummary, presence, blindNote, statusBar, notice, form, panelPane, discussionPane, history);
        var keys = new java.util.ArrayList<>(List.of("1 2 3 4 5 6 7 8 9 s j k"));
        panelExtensions.forEach(x -> keys.addAll(x.keys()));
        PageKeys.listen(this, keys, this::onKey);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get(ClaimNavigation.CLAIM_PARAMETER).flatMap(ClaimId::parse);
        try {
            review = reviews.get(id.orElseThrow(() -> new org.factdesk.base.NotFoundException("no id")));
        } catch (org.factdesk.base.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, "This claim does not exist, or you may not see it.");
            return;
        }
        load(review);
    }

    /**
     * A blind reviewer's Ctrl+Enter belongs to the round verdict's panel. Were the save's shortcut registered too, the
     * one keystroke would reach both, and the verdict, opening the page, would let the save run right after it.
     */
    private void saveByKey(boolean on) {
        if (on && saveShortcut == null) {
            // the field being typed in hands its value over first; a comment box's own Ctrl+Enter stops here
            saveShortcut = save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
        } else if (!on && saveShortcut != null) {
            saveShortcut.remove();
            saveShortcut = null;
        }
    }

    /** Shows the claim afresh: on entering, and when a panel's action changed what the reader may see. */
    private void load(Review loaded) {
        review = loaded;
        var claim = review.claim();
        CurrentProject.set(claim.data().projectId());
        project = access.requireRead(claim.data().projectId());
        blind = reviews.blind(claim.id());
        saveByKey(!blind);
        canEdit = project.role().canEditContent() && !project.project().data().archived() && !blind;
        scale = reviews.scale(claim.data().projectId());
        form.showClaim(claim, scale.levels(), projects.members(claim.data().projectId()));
        var document = documents.get(claim.data().documentId());
        back.setText("← " + document.data().title());
        back.setHref(SourceNavigation.document(document.id()));
        discussionPane.removeAll();
        evidence = new EvidenceSection(discussion, documents, claims, claim.data().projectId(), claim.id(), canEdit);
        comments = new CommentsSection(discussion, claim.id(), canEdit, projects.members(claim.data().projectId()));
        discussionPane.add(evidence, comments);
        showPanels(claim);
        followLive(claim.id());
        show(review);
    }

    /** What other modules show of the claim ("In other sources"), their evidence lines in the evidence area. */
    private void showPanels(Claim claim) {
        panelPane.removeAll();
        panelSummary.removeAll();
        panels.clear();
        for (var extension : panelExtensions) {
            extension.panel(claim, ClaimPanelExtension.Place.CLAIM_PAGE, this::open)
                    .ifPresent(panel -> {
                        panels.add(panel);
                        panelPane.add(panel.component());
                        panel.summary().ifPresent(panelSummary::add);
                        panel.evidence().ifPresent(evidence::addExtra);
                    });
        }
    }

    /** Another claim, or this one again when a panel changed what the reader may see (a blind verdict given). */
    private void open(ClaimId claimId) {
        if (claimId.equals(review.claim().id())) {
            load(reviews.get(claimId));
        } else {
            ClaimNavigation.navigateToClaim(claimId);
        }
    }

    /** Presence and live changes belong to one claim: j/k reuse this view, so both are renewed per claim. */
    private void followLive(ClaimId claimId) {
        presence.getChildren().filter(c -> c instanceof AlsoHere).toList().forEach(presence::remove);
        liveNote.setText("");
        String me = currentUser.get().map(p -> p.displayName()).orElse("Someone");
        presence.addComponentAsFirst(AlsoHere.following(live, org.factdesk.claim.LiveTopics.claim(claimId), me,
                this::onRemoteChange));
    }

    private void onRemoteChange(LiveChannel.Signal signal) {
        var latest = reviews.get(review.claim().id());
        if (signal.is(org.factdesk.review.ReviewSignals.Kind.DISCUSSION)) {
            evidence.refresh();
            comments.refresh();
        }
        boolean changed = latest.version() != review.version()
                || latest.claim().version() != review.claim().version();
        if (!changed) {
            showHistory(latest.claim().id());
            return;
        }
        if (isDirty()) {
            // keep the editor's unsaved work; the version check turns their save into the merge dialog
            renderStatus(latest.claim());
            showHistory(latest.claim().id());
            liveNote.setText(signal.by() + " saved a newer version. Your unsaved edits stay; saving shows both.");
            liveNote.addClassName("fd-live-warning");
        } else {
            show(latest);
            liveNote.setText("Updated by " + signal.by() + " just now.");
            liveNote.removeClassName("fd-live-warning");
        }
    }

    private void show(Review shown) {
        review = shown;
        var claim = shown.claim();
        title = abbreviate(claim.data().quote(), 60);
        quote.setText("“" + claim.data().quote() + "”");
        meta.setText("Score " + claim.data().score() + (claim.data().facts().claimant() == null ? ""
                : " · claimed by " + claim.data().facts().claimant()) + " · " + claim.data().anchor().label());
        form.read(shown.data());
        form.setReadOnly(!canEdit);
        blindNote.setVisible(blind);
        form.setVisible(!blind);
        statusBar.setVisible(!blind);
        notice.setVisible(!blind);
        discussionPane.setVisible(!blind);
        history.setVisible(!blind);
        save.setVisible(canEdit);
        renderStatus(claim);
        showHistory(claim.id());
        notice.show(claim, reviews.publication(claim.id()), claims.sourceChange(claim.id()), canEdit);
        saveState.setText(shown.version() == 0 ? "Not reviewed yet" : "Saved · version " + shown.version());
        saveState.removeClassName("fd-dirty");
        getElement().removeAttribute("data-fd-unsaved");
    }

    private void showHistory(ClaimId claimId) {
        var others = panelExtensions.stream().flatMap(x -> x.history(claimId).stream()).toList();
        history.show(reviews.history(claimId), others, canEdit);
    }

    private void renderStatus(Claim claim) {
        statusBar.removeAll();
        var status = new Span(claim.data().status().label());
        status.addClassNames("fd-status-badge", "fd-status-" + claim.data().status().name().toLowerCase());
        statusBar.add(new Span("Status"), status);
        if (!canEdit) {
            return;
        }
        for (ClaimStatus target : ClaimStatus.values()) {
            if (reviews.nextStatuses(claim.data().status()).contains(target)) {
                var button = new Button("→ " + target.label(), e -> changeStatus(target));
                button.addThemeVariants(ButtonVariant.LUMO_SMALL);
                statusBar.add(button);
            }
        }
    }

    private void changeStatus(ClaimStatus target) {
        if (isDirty()) {
            Notifications.error("Save your changes first: the status follows the saved review.");
            return;
        }
        var claim = claims.get(review.claim().id());
        claims.setStatus(claim.id(), claim.version(), target);
        Notifications.success("Now " + target.label() + ".");
        show(reviews.get(claim.id()));
    }

    /** Saves; true when it went through, false when a conflict dialog now asks what to do. */
    boolean save(ReviewData data, int version) {
        try {
            var wasPublished = review.claim().data().status() == ClaimStatus.PUBLISHED;
            var saved = reviews.save(review.claim().id(), version, data);
            if (wasPublished && saved.claim().data().status() == ClaimStatus.NEEDS_REVIEW) {
                Notifications.success("Saved. This claim was published, so the change goes to review again; the "
                        + "public keeps the published version until a second reviewer publishes the change.");
            } else {
                Notifications.success("Saved.");
            }
            liveNote.setText("");
            show(saved);
            return true;
        } catch (ConflictException conflict) {
            var theirs = reviews.get(review.claim().id());
            var base = review.data();
            var savedBy = reviews.history(theirs.claim().id()).reversed().stream()
                    .filter(r -> r.id() > 0).map(ReviewRevision::actor).filter(Objects::nonNull).findFirst()
                    .orElse("Someone else");
            new ConflictDialog(base, data, theirs, savedBy, this::verdictLabel, this::memberName,
                    keep -> show(theirs),
                    merged -> {
                        show(theirs);
                        // the merge is not saved: the editor checks it (and trims a rationale both edited) first
                        form.read(merged);
                        markDirty();
                        Notifications.success("Merged into their version. Check it, then save.");
                    },
                    mine -> save(mine, theirs.version())).open();
            return false;
        }
    }

    private void markSourceChangeChecked() {
        claims.markSourceChangeChecked(review.claim().id());
        Notifications.success("Marked as checked. The claim has left the Source changed queue.");
        show(reviews.get(review.claim().id()));
    }

    /** Unsaved edits are never lost quietly: leaving the page (j/k, the menu, a link) asks first. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (review == null || !canEdit || !isDirty()) {
            return;
        }
        var action = event.postpone();
        var dialog = new ConfirmDialog();
        dialog.setHeader("Leave without saving?");
        dialog.setText("Your changes to this claim's review are not saved yet.");
        dialog.setCancelable(true);
        dialog.setCancelText("Stay");
        dialog.setRejectable(true);
        dialog.setRejectText("Discard changes");
        dialog.addRejectListener(e -> {
            getElement().removeAttribute("data-fd-unsaved");
            action.proceed();
        });
        // staying must end the postponed navigation: left pending, it swallows every later link in the browser
        dialog.addCancelListener(e -> action.cancel());
        dialog.setConfirmText("Save and leave");
        dialog.addConfirmListener(e -> {
            if (form.write().map(data -> save(data, review.version())).orElse(false)) {
                action.proceed();
            } else {
                action.cancel();
            }
        });
        dialog.open();
    }

    private String memberName(UserId id) {
        return form.member(id).map(Member::displayName).orElse(id == null ? null : "user " + id.value());
    }

    private String verdictLabel(Long id) {
        return scale.level(id).map(RatingLevel::label).orElse(id == null ? "—" : "level " + id);
    }

    private void restore(ReviewRevision revision) {
        try {
            show(reviews.restore(review.claim().id(), revision.id(), review.version()));
            Notifications.success("Restored. The restore is a new entry in the history.");
        } catch (ConflictException conflict) {
            Notifications.error("Someone saved meanwhile; their version is shown now. Restore again if you still want to.");
            show(reviews.get(review.claim().id()));
        }
    }

    private void markDirty() {
        if (canEdit) {
            saveState.setText("Unsaved changes");
            saveState.addClassName("fd-dirty");
            // reader.js asks before the browser leaves (reload, address bar, closing the tab) while this is set
            getElement().setAttribute("data-fd-unsaved", true);
        }
    }

    /** An invalid form counts as edited: whatever the editor typed is theirs to fix, not to lose. */
    private boolean isDirty() {
        return !form.write().map(review.data()::equals).orElse(false);
    }

    private void onKey(String key) {
        for (var panel : panels) {
            if (panel.onKey(key)) {
                return;
            }
        }
        if (key.equals("s") && canEdit) {
            var next = reviews.nextStatuses(review.claim().data().status());
            if (!next.isEmpty() && next.getFirst() != ClaimStatus.DISMISSED) {
                changeStatus(next.getFirst());
            }
        } else if (key.equals("j") || key.equals("k")) {
            var siblings = claims.forDocument(review.claim().data().documentId());
            int index = 0;
            for (int i = 0; i < siblings.size(); i++) {
                if (siblings.get(i).id().equals(review.claim().id())) {
                    index = i;
                }
            }
            int next = Math.floorMod(index + (key.equals("j") ? 1 : -1), siblings.size());
            getUI().ifPresent(ui -> ui.navigate(ClaimNavigation.claim(siblings.get(next).id())));
        } else if (key.matches("[1-9]") && canEdit) {
            int n = Integer.parseInt(key);
            if (n <= scale.levels().size()) {
                form.toggleVerdict(scale.levels().get(n - 1).id());
            }
        }
    }

    /** For tests: the ids the keys 1…n stand for. */
    List<Long> verdictKeys() {
        return scale.levels().stream().map(RatingLevel::id).toList();
    }

    void pressKey(String key) {
        onKey(key);
    }

    @Override
    public String getPageTitle() {
        return title + " · Factdesk";
    }

    static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }
}
