package org.factdesk.review.ui;

import org.factdesk.source.ui.SourceNavigation;
import org.factdesk.claim.ui.ClaimNavigation;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.factdesk.base.ui.Times;
import org.factdesk.base.Blanks;
import org.factdesk.base.ConflictException;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.base.ui.AlsoHere;
import org.factdesk.base.ui.Notifications;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.ui.ChangeSummary;
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
    private final Div verdicts = new Div();
    private final TextArea rationale = new TextArea("Rationale");
    private final Div preview = new Div();
    private final TextField claimant = new TextField("Claimant");
    private final TextField claimReviewed = new TextField("Published wording");
    private final DatePicker claimDate = org.factdesk.base.ui.DateFields.accepting(new DatePicker("Claim date"));
    private final TextField tags = new TextField("Tags");
    private final ComboBox<Member> assignee = new ComboBox<>("Assignee");
    private final DatePicker due = org.factdesk.base.ui.DateFields.accepting(new DatePicker("Due"));
    private final Button save = new Button("Save");
    private final Span saveState = new Span();
    private final Grid<ReviewRevision> history = new Grid<>();
    private Review review;
    private RatingScale scale;
    private MyProject project;
    private Long verdictId;
    private boolean canEdit;
    private boolean loading;
    private String title = "Claim";

    ClaimView(ReviewService reviews, ClaimService claims, DocumentService documents, ProjectAccess access,
              ProjectService projects, org.factdesk.review.DiscussionService discussion, LiveChannel live,
              CurrentUser currentUser) {
        this.reviews = reviews;
        this.live = live;
        this.currentUser = currentUser;
        this.claims = claims;
        this.documents = documents;
        this.access = access;
        this.projects = projects;
        this.discussion = discussion;
        addClassNames("fd-view", "fd-claim-view");
        getElement().setAttribute("data-fd-keys", "1 2 3 4 5 6 7 8 9 s j k");
        back.addClassName("fd-back");
        quote.addClassName("fd-claim-view-quote");
        meta.addClassName("fd-reader-meta");
        statusBar.addClassName("fd-status-bar");
        verdicts.addClassName("fd-verdicts");

        rationale.setWidthFull();
        rationale.setMinHeight("9rem");
        rationale.setPlaceholder("Why this verdict? Markdown: **bold**, _italic_, [link](https://…), lists.");
        rationale.setValueChangeMode(ValueChangeMode.LAZY);
        rationale.addValueChangeListener(e -> {
            showPreview();
            markDirty();
        });
        preview.addClassName("fd-preview");
        claimant.setWidth("16rem");
        tags.setPlaceholder("comma, separated");
        tags.setWidth("16rem");
        assignee.setItemLabelGenerator(Member::displayName);
        assignee.setClearButtonVisible(true);
        claimReviewed.setWidthFull();
        claimReviewed.setMaxLength(500);
        claimReviewed.setHelperText("How a published fact-check (ClaimReview) words the claim; empty: the quote.");
        for (var field : List.of(claimant, tags, claimReviewed)) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.addValueChangeListener(e -> markDirty());
        }
        claimDate.addValueChangeListener(e -> markDirty());
        due.addValueChangeListener(e -> markDirty());
        assignee.addValueChangeListener(e -> markDirty());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the field being typed in hands its value over first; a comment box's own Ctrl+Enter stops here
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).resetFocusOnActiveElement();
        save.setTooltipText("Ctrl+Enter");
        save.addClickListener(e -> save(form(), review.version()));
        saveState.addClassName("fd-save-state");

        var fields = new Div(claimant, claimDate, tags, assignee, due);
        fields.addClassName("fd-review-fields");
        var actions = new Div(save, saveState);
        actions.addClassName("fd-form-actions");
        var form = new Div(new H2("Verdict"), verdicts, rationale, preview, fields, claimReviewed, actions);
        form.addClassNames("fd-side-section", "fd-review-form");

        history.addColumn(r -> Times.WHEN.format(r.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(r -> r.actor() == null ? "system" : r.actor()).setHeader("Who").setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(ReviewRevision::action).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        history.addColumn(this::changesInWords).setHeader("Changes").setKey("changes").setFlexGrow(1)
                .setTooltipGenerator(this::changesInWords);
        history.addComponentColumn(this::restoreButton).setHeader("").setKey("restore").setAutoWidth(true)
                .setFlexGrow(0);
        history.setAllRowsVisible(true);
        // a change in words can run long: it wraps rather than hide behind an ellipsis
        history.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        var historyBox = new Div(new H2("History"), history);
        historyBox.addClassName("fd-side-section");

        presence.addClassName("fd-presence");
        liveNote.addClassName("fd-live-note");
        presence.add(liveNote);
        add(back, quote, meta, presence, statusBar, notice, form, discussionPane, historyBox);
        getElement().addEventListener("reader-key", e -> onKey(e.getEventData().get("event.detail.key").asString()))
                .addEventData("event.detail.key");
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJavaScript("frontend/reader.js");
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
        var claim = review.claim();
        CurrentProject.set(claim.data().projectId());
        project = access.requireRead(claim.data().projectId());
        canEdit = project.role().canEditContent() && !project.project().data().archived();
        scale = reviews.scale(claim.data().projectId());
        assignee.setItems(projects.members(claim.data().projectId()));
        var document = documents.get(claim.data().documentId());
        back.setText("← " + document.data().title());
        back.setHref(SourceNavigation.document(document.id()));
        discussionPane.removeAll();
        evidence = new EvidenceSection(discussion, documents, claims, claim.data().projectId(), claim.id(), canEdit);
        comments = new CommentsSection(discussion, claim.id(), canEdit, projects.members(claim.data().projectId()));
        discussionPane.add(evidence, comments);
        followLive(claim.id());
        show(review);
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
            history.setItems(reviews.history(latest.claim().id()));
            return;
        }
        if (isDirty()) {
            // keep the editor's unsaved work; the version check turns their save into the merge dialog
            renderStatus(latest.claim());
            history.setItems(reviews.history(latest.claim().id()));
            liveNote.setText(signal.by() + " saved a newer version. Your unsaved edits stay; saving shows both.");
            liveNote.addClassName("fd-live-warning");
        } else {
            show(latest);
            liveNote.setText("Updated by " + signal.by() + " just now.");
            liveNote.removeClassName("fd-live-warning");
        }
    }

    private void show(Review shown) {
        loading = true;
        review = shown;
        var claim = shown.claim();
        title = abbreviate(claim.data().quote(), 60);
        quote.setText("“" + claim.data().quote() + "”");
        meta.setText("Score " + claim.data().score() + (claim.data().facts().claimant() == null ? ""
                : " · claimed by " + claim.data().facts().claimant()) + " · " + claim.data().anchor().label());
        var d = shown.data();
        verdictId = d.verdictId();
        rationale.setValue(d.rationale());
        claimant.setValue(d.claimant() == null ? "" : d.claimant());
        claimant.setPlaceholder(claim.data().facts().claimant() == null ? "" : claim.data().facts().claimant());
        claimReviewed.setValue(d.claimReviewed() == null ? "" : d.claimReviewed());
        claimReviewed.setPlaceholder(abbreviate(claim.data().quote(), 120));
        claimDate.setValue(d.claimDate());
        tags.setValue(String.join(", ", d.tags()));
        assignee.setValue(member(d.assignee()).orElse(null));
        due.setValue(d.dueDate());
        for (var field : List.of(rationale, claimant, tags, claimReviewed)) {
            field.setReadOnly(!canEdit);
        }
        claimDate.setReadOnly(!canEdit);
        due.setReadOnly(!canEdit);
        assignee.setReadOnly(!canEdit);
        save.setVisible(canEdit);
        renderVerdicts();
        renderStatus(claim);
        showPreview();
        history.setItems(reviews.history(claim.id()));
        notice.show(claim, reviews.publication(claim.id()), claims.sourceChange(claim.id()), canEdit);
        saveState.setText(shown.version() == 0 ? "Not reviewed yet" : "Saved · version " + shown.version());
        saveState.removeClassName("fd-dirty");
        getElement().removeAttribute("data-fd-unsaved");
        loading = false;
    }

    private void renderVerdicts() {
        verdicts.removeAll();
        int key = 1;
        for (RatingLevel level : scale.levels()) {
            var button = new Button((key <= 9 ? key + "  " : "") + level.label());
            button.addClassName("fd-verdict");
            button.getStyle().set("--fd-verdict-color", level.color());
            if (Objects.equals(level.id(), verdictId)) {
                button.addClassName("fd-verdict-selected");
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            button.setEnabled(canEdit);
            button.addClickListener(e -> chooseVerdict(level.id()));
            verdicts.add(button);
            key++;
        }
    }

    private void chooseVerdict(long id) {
        verdictId = Objects.equals(verdictId, id) ? null : id;
        renderVerdicts();
        markDirty();
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

    /** The form as the desk stores a review, blanks as null: compared with a stored review field by field. */
    private ReviewData form() {
        var tagList = Arrays.stream(tags.getValue().split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new ReviewData(verdictId, rationale.getValue(), Blanks.toNull(claimant.getValue()), claimDate.getValue(),
                tagList, assignee.getValue() == null ? null : assignee.getValue().userId(), due.getValue(),
                Blanks.toNull(claimReviewed.getValue()));
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
                        loadIntoForm(merged);
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
        dialog.setConfirmText("Save and leave");
        dialog.addConfirmListener(e -> {
            if (save(form(), review.version())) {
                action.proceed();
            }
        });
        dialog.open();
    }

    private void loadIntoForm(ReviewData data) {
        verdictId = data.verdictId();
        rationale.setValue(data.rationale());
        claimant.setValue(data.claimant() == null ? "" : data.claimant());
        claimDate.setValue(data.claimDate());
        tags.setValue(String.join(", ", data.tags()));
        assignee.setValue(member(data.assignee()).orElse(null));
        due.setValue(data.dueDate());
        claimReviewed.setValue(data.claimReviewed() == null ? "" : data.claimReviewed());
        renderVerdicts();
        markDirty();
    }

    private java.util.Optional<Member> member(UserId id) {
        return assignee.getListDataView().getItems().filter(m -> m.userId().equals(id)).findFirst();
    }

    private String memberName(UserId id) {
        return member(id).map(Member::displayName).orElse(id == null ? null : "user " + id.value());
    }

    private String verdictLabel(Long id) {
        return scale.level(id).map(RatingLevel::label).orElse(id == null ? "—" : "level " + id);
    }

    private Button restoreButton(ReviewRevision revision) {
        var restore = new Button("Restore", e -> {
            try {
                show(reviews.restore(review.claim().id(), revision.id(), review.version()));
                Notifications.success("Restored. The restore is a new entry in the history.");
            } catch (ConflictException conflict) {
                Notifications.error("Someone saved meanwhile; their version is shown now. Restore again if you still want to.");
                show(reviews.get(review.claim().id()));
            }
        });
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        // restoring the state the review is in now, or an entry with no review state, would mean nothing
        restore.setVisible(canEdit && revision.restorable());
        return restore;
    }

    private void showPreview() {
        preview.removeAll();
        if (!rationale.getValue().isBlank()) {
            preview.add(new Html(MarkdownPreview.html(rationale.getValue())));
        }
    }

    private void markDirty() {
        if (!loading && canEdit) {
            saveState.setText("Unsaved changes");
            saveState.addClassName("fd-dirty");
            // reader.js asks before the browser leaves (reload, address bar, closing the tab) while this is set
            getElement().setAttribute("data-fd-unsaved", true);
        }
    }

    private boolean isDirty() {
        return !form().equals(review.data());
    }

    private void onKey(String key) {
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
                chooseVerdict(scale.levels().get(n - 1).id());
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

    private String changesInWords(ReviewRevision revision) {
        return ChangeSummary.of(revision.changes(), this::verdictLabel, this::memberName);
    }

    static String abbreviate(String s, int max) {
        return s.length() > max ? s.substring(0, max - 1) + "…" : s;
    }
}
