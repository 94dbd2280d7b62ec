package org.factdesk.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.factdesk.KaribuViewTest;
import org.factdesk.claim.ClaimFixtures;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.review.ReviewData;
import org.factdesk.review.ReviewService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ClaimViewTest extends KaribuViewTest {

    @Autowired ClaimService claims;
    @Autowired ReviewService reviews;
    @Autowired org.factdesk.review.DiscussionService discussion;
    @Autowired ClaimFixtures claimFixtures;
    @Autowired org.factdesk.team.ProjectService projects;
    @Autowired org.factdesk.review.ReviewFixtures reviewFixtures;

    ClaimId claimOf(String login) {
        var project = fixtures.project("Claim page " + login, fixtures.user(login));
        signIn(login);
        return claimFixtures.bridgeClaim(project);
    }

    @Test
    void the_verdict_is_set_by_key_and_saved_with_a_sanitised_rationale() {
        var claim = claimOf("cv-verdict");
        navigate("claims/" + claim);
        var view = _get(ClaimView.class);

        view.pressKey("2");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Rationale")),
                "Per the city: **11**. <script>alert(1)</script>");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        var saved = reviews.get(claim);
        assertThat(saved.data().verdictId()).isEqualTo(view.verdictKeys().get(1));
        assertThat(saved.data().rationale()).contains("**11**");
        String preview = _get(com.vaadin.flow.component.Html.class).getInnerHtml();
        assertThat(preview).contains("<strong>11</strong>").doesNotContain("<script");
    }

    @Test
    void a_conflicting_save_opens_the_conflict_dialog_and_merge_keeps_both_changes() {
        var claim = claimOf("cv-conflict");
        navigate("claims/" + claim);
        var view = _get(ClaimView.class);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Rationale")), "My rationale.");
        // someone else saves a verdict after this page was opened and edited (a live update keeps the edits)
        reviews.save(claim, 0, new ReviewData(view.verdictKeys().getFirst(), "", null, null, List.of(), null, null));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(_get(ConflictDialog.class).isOpened()).isTrue();
        _click(_get(Button.class, spec -> spec.withText("Merge")));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        var saved = reviews.get(claim);
        assertThat(saved.data().rationale()).isEqualTo("My rationale.");
        assertThat(saved.data().verdictId()).isEqualTo(view.verdictKeys().getFirst());
        assertThat(saved.version()).isEqualTo(2);
    }

    @Test
    void the_conflict_dialog_lists_only_real_differences_by_name_and_merge_keeps_fields_left_alone() {
        var claim = claimOf("cv-names");
        navigate("claims/" + claim);
        var owner = fixtures.signIn("cv-names").userId();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Rationale")), "Mine.");
        // someone else names the claimant and assigns the claim after this page was opened and edited
        reviews.save(claim, 0, new ReviewData(null, "", "Fire chief Okoro", null, List.of(), owner, null));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        var dialog = _get(ConflictDialog.class);
        assertThat(dialog.getHeaderTitle()).as("names who saved").isEqualTo("Cv-names saved this claim meanwhile");
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<ConflictDialog.Row>) _get(dialog,
                com.vaadin.flow.component.grid.Grid.class);
        var rows = grid.getGenericDataView().getItems().toList();
        assertThat(rows).extracting(ConflictDialog.Row::field)
                .as("empty and unset are the same, so untouched fields are no difference")
                .containsExactly("Rationale", "Claimant", "Assignee");
        assertThat(rows).filteredOn(r -> r.field().equals("Assignee")).singleElement()
                .satisfies(r -> assertThat(r.theirs()).isEqualTo("Cv-names"));
        _click(_get(Button.class, spec -> spec.withText("Merge")));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        var saved = reviews.get(claim).data();
        assertThat(saved.rationale()).isEqualTo("Mine.");
        assertThat(saved.claimant()).as("I left the claimant alone, so theirs stays").isEqualTo("Fire chief Okoro");
        assertThat(saved.assignee()).isEqualTo(owner);
    }

    @Test
    void an_earlier_revision_is_restored_from_the_history() {
        var claim = claimOf("cv-history");
        var first = reviews.save(claim, 0, new ReviewData(null, "First.", null, null, List.of(), null, null));
        reviews.save(claim, first.version(), new ReviewData(null, "Second.", null, null, List.of(), null, null));
        navigate("claims/" + claim);

        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<Object>) _get(com.vaadin.flow.component.grid.Grid.class);
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, 0, "restore"));

        assertThat(reviews.get(claim).data().rationale()).isEqualTo("First.");
        assertThat(reviews.history(claim)).hasSize(3);
    }

    @Test
    void status_buttons_follow_the_workflow() {
        var claim = claimOf("cv-status");
        navigate("claims/" + claim);

        _click(_get(Button.class, spec -> spec.withText("→ To check")));
        _click(_get(Button.class, spec -> spec.withText("→ In progress")));

        assertThat(claims.get(claim).data().status()).isEqualTo(org.factdesk.claim.ClaimStatus.IN_PROGRESS);
    }

    @Test
    void evidence_is_added_from_the_claim_page_with_its_relation() {
        var claim = claimOf("cv-evidence");
        navigate("claims/" + claim);

        _setValue(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Relation")),
                org.factdesk.review.EvidenceRelation.REFUTES);
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Address")),
                "https://city.example/statement");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Title")),
                "City statement");
        _click(_get(Button.class, spec -> spec.withText("Add evidence")));

        var items = discussion.evidence(claim);
        assertThat(items).hasSize(1);
        assertThat(items.getFirst().data().relation()).isEqualTo(org.factdesk.review.EvidenceRelation.REFUTES);
        assertThat(items.getFirst().data().url()).isEqualTo("https://city.example/statement");
        assertThat(_get(EvidenceSection.class).getElement().getTextRecursively()).contains("City statement");
    }

    @Test
    void a_comment_and_a_reply_are_posted_and_the_thread_is_resolved() {
        var claim = claimOf("cv-comments");
        navigate("claims/" + claim);

        _setValue(_get(TextArea.class, spec -> spec.withPlaceholder("Comment, or @login to ask someone")), "Who counted fourteen?");
        _click(_get(Button.class, spec -> spec.withText("Comment")));
        _setValue(_get(TextArea.class, spec -> spec.withPlaceholder("Reply…")), "The fire brigade.");
        _click(_get(Button.class, spec -> spec.withText("Reply")));
        _click(_get(Button.class, spec -> spec.withText("Resolve thread")));

        var comments = discussion.comments(claim);
        assertThat(comments).extracting(org.factdesk.review.Comment::body)
                .containsExactly("Who counted fourteen?", "The fire brigade.");
        assertThat(comments.getFirst().resolved()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withText("Reopen thread"))).isNotNull();
    }

    @Test
    void a_colleagues_save_shows_up_live_and_unsaved_edits_are_kept() throws Exception {
        var claim = claimOf("cv-live");
        fixtures.member(claims.get(claim).data().projectId(), fixtures.user("cv-live-colleague"),
                org.factdesk.team.ProjectRole.EDITOR);
        navigate("claims/" + claim);

        saveAsColleague(claim, 0, "Colleague's first take.");
        awaitRationale("Colleague's first take.");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("fd-live-note")).getText())
                .contains("Cv-live-colleague");

        // now the editor is typing: a second save by the colleague must not wipe that out
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Rationale")), "My own draft.");
        saveAsColleague(claim, 1, "Colleague's second take.");
        var note = _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("fd-live-note"));
        for (int i = 0; i < 50 && !note.getText().contains("newer version"); i++) {
            Thread.sleep(100);
            com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
        }
        assertThat(note.getText()).contains("newer version");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Rationale")).getValue()).isEqualTo("My own draft.");
    }

    @Test
    void leaving_with_unsaved_changes_asks_first_and_staying_keeps_the_verdict() {
        var claim = claimOf("cv-leave");
        navigate("claims/" + claim);
        var view = _get(ClaimView.class);
        view.pressKey("2");

        navigate("");
        var ask = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        assertThat(com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt.getHeader(ask)).contains("without saving");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel(ask);
        assertThat(_get(ClaimView.class)).isSameAs(view);
        assertThat(view.getElement().hasAttribute("data-fd-unsaved")).as("the browser asks too").isTrue();

        navigate("");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(reviews.get(claim).data().verdictId()).as("Save and leave saves").isEqualTo(view.verdictKeys().get(1));
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(ClaimView.class);
    }

    @Test
    void a_published_claim_says_what_the_public_sees_and_a_changed_verdict_goes_back_to_review() {
        var claim = claimOf("cv-published");
        var project = claims.get(claim).data().projectId();
        fixtures.member(project, fixtures.user("cv-published-rev"), org.factdesk.team.ProjectRole.REVIEWER);
        reviewFixtures.publish(project, claim, "cv-published", "cv-published-rev", "Mixed", "Eleven.", null);
        signIn("cv-published");
        navigate("claims/" + claim);
        assertThat(_get(PublicationNotice.class).getElement().getTextRecursively())
                .contains("Published as “Mixed” by Cv-published-rev");

        _get(ClaimView.class).pressKey("6");
        _click(_get(Button.class, spec -> spec.withText("Save")));

        assertThat(claims.get(claim).data().status()).isEqualTo(org.factdesk.claim.ClaimStatus.NEEDS_REVIEW);
        assertThat(_get(PublicationNotice.class).getElement().getTextRecursively())
                .contains("the public still sees “Mixed”");
    }

    @Test
    void merge_keeps_the_assignee_i_changed_and_both_rationales_when_both_of_us_edited_it() {
        var claim = claimOf("cv-merge");
        var project = claims.get(claim).data().projectId();
        var rosa = fixtures.user("cv-merge-rosa");
        fixtures.member(project, rosa, org.factdesk.team.ProjectRole.EDITOR);
        signIn("cv-merge");
        reviews.save(claim, 0, new ReviewData(null, "Base.", null, null, List.of(), null, null));
        navigate("claims/" + claim);
        // I edit first, so that a colleague's save arriving live keeps my edits and my save meets theirs
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Rationale")), "Mine.");
        _setValue(_get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Assignee")),
                fixturesMember(project, rosa));
        reviews.save(claim, 1, new ReviewData(null, "Theirs.", null, null, List.of(), null, null));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        _click(_get(Button.class, spec -> spec.withText("Merge")));
        _click(_get(Button.class, spec -> spec.withText("Save")));

        var saved = reviews.get(claim).data();
        assertThat(saved.assignee()).isEqualTo(rosa);
        assertThat(saved.rationale()).contains("Theirs.").contains("Mine.");
    }

    @Test
    void a_merge_keeps_the_assignee_the_editor_changed() throws Exception {
        var claim = claimOf("cv-merge-assignee");
        var project = claims.get(claim).data().projectId();
        var rosa = fixtures.user("cv-merge-assignee-rosa");
        fixtures.member(project, rosa, org.factdesk.team.ProjectRole.EDITOR);
        fixtures.member(project, fixtures.user("cv-merge-assignee-colleague"), org.factdesk.team.ProjectRole.EDITOR);
        signIn("cv-merge-assignee");
        reviews.save(claim, 0, new ReviewData(null, "Base.", null, null, List.of(), null, null));
        navigate("claims/" + claim);
        _setValue(_get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Assignee")),
                fixturesMember(project, rosa));
        // a colleague changes another field; their save reaches this page live, as in a browser
        saveAs("cv-merge-assignee-colleague", claim, 1, "Base.", List.of("bridge"));
        awaitLiveNote("newer version");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        _click(_get(Button.class, spec -> spec.withText("Merge")));

        assertThat(_get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Assignee"))
                .getValue()).as("the merge is in the form, unsaved").isEqualTo(fixturesMember(project, rosa));
        _click(_get(Button.class, spec -> spec.withText("Save")));
        var saved = reviews.get(claim).data();
        assertThat(saved.assignee()).isEqualTo(rosa);
        assertThat(saved.tags()).as("their change stays").containsExactly("bridge");
    }

    @Test
    void a_merge_keeps_both_rationales_when_both_sides_edited_it() throws Exception {
        var claim = claimOf("cv-merge-both");
        fixtures.member(claims.get(claim).data().projectId(), fixtures.user("cv-merge-both-colleague"),
                org.factdesk.team.ProjectRole.EDITOR);
        signIn("cv-merge-both");
        reviews.save(claim, 0, new ReviewData(null, "Base.", null, null, List.of(), null, null));
        navigate("claims/" + claim);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Rationale")), "Base. Mine.");
        saveAs("cv-merge-both-colleague", claim, 1, "Base. Theirs.", List.of());
        awaitLiveNote("newer version");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        _click(_get(Button.class, spec -> spec.withText("Merge")));

        String merged = _get(TextArea.class, spec -> spec.withLabel("Rationale")).getValue();
        assertThat(merged).as("theirs, then mine").containsSubsequence("Base. Theirs.", "Base. Mine.");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("fd-save-state")).getText())
                .isEqualTo("Unsaved changes");
        _click(_get(Button.class, spec -> spec.withText("Save")));
        assertThat(reviews.get(claim).data().rationale()).isEqualTo(merged);
    }

    private void awaitLiveNote(String expected) throws InterruptedException {
        var note = _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("fd-live-note"));
        for (int i = 0; i < 50 && !note.getText().contains(expected); i++) {
            Thread.sleep(100);
            com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
        }
        assertThat(note.getText()).contains(expected);
    }

    private void saveAs(String colleague, ClaimId claim, int version, String rationale, List<String> tags)
            throws Exception {
        var thread = new Thread(() -> {
            fixtures.signIn(colleague);
            try {
                reviews.save(claim, version, new ReviewData(null, rationale, null, null, tags, null, null));
            } finally {
                fixtures.signOut();
            }
        });
        thread.start();
        thread.join();
    }

    private org.factdesk.team.Member fixturesMember(org.factdesk.team.ProjectId project, org.factdesk.team.UserId user) {
        return projects.members(project).stream().filter(m -> m.userId().equals(user)).findFirst().orElseThrow();
    }

    @Test
    void the_history_offers_restore_only_where_it_brings_something_back_and_names_who_published() {
        var claim = claimOf("cv-restore");
        var first = reviews.save(claim, 0, new ReviewData(null, "First.", null, null, List.of(), null, null));
        reviews.save(claim, first.version(), new ReviewData(null, "Second.", null, null, List.of(), null, null));
        claims.setStatus(claim, claims.get(claim).version(), org.factdesk.claim.ClaimStatus.TO_CHECK);
        navigate("claims/" + claim);

        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<Object>) _get(com.vaadin.flow.component.grid.Grid.class);
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(3);
        assertThat(java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, i, "action")))
                .containsExactly("saved", "saved", "status");
        assertThat(java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, i, "restore").isVisible()))
                .containsExactly(true, false, false);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(grid, 2, "changes"))
                .isEqualTo("Status: Suggested → To check");
    }

    @Test
    void evidence_reads_as_titles_and_links_and_a_mention_of_a_stranger_says_so() {
        var claim = claimOf("cv-links");
        var document = claims.get(claim).data().documentId();
        discussion.addEvidence(claim, new org.factdesk.review.EvidenceData(org.factdesk.review.EvidenceKind.DOCUMENT,
                null, null, null, null, document, null, org.factdesk.review.EvidenceRelation.CONTEXT, ""));
        navigate("claims/" + claim);

        var link = _get(_get(EvidenceSection.class), com.vaadin.flow.component.html.Anchor.class);
        assertThat(link.getHref()).isEqualTo("documents/" + document.value());
        assertThat(link.getText()).doesNotContain("document " + document.value());
        assertThat(reviews.history(claim).getFirst().changes()).doesNotContain("document " + document.value());

        _setValue(_get(TextArea.class, spec -> spec.withPlaceholder("Comment, or @login to ask someone")),
                "Ask @cv-li");
        assertThat(_get(Button.class, spec -> spec.withClasses("fd-mention-suggestion")).getText())
                .isEqualTo("@cv-links · Cv-links");
        _click(_get(Button.class, spec -> spec.withClasses("fd-mention-suggestion")));
        assertThat(_get(TextArea.class, spec -> spec.withPlaceholder("Comment, or @login to ask someone")).getValue())
                .isEqualTo("Ask @cv-links ");
        _setValue(_get(TextArea.class, spec -> spec.withPlaceholder("Comment, or @login to ask someone")),
                "Ask @nobody-here about it");
        _click(_get(Button.class, spec -> spec.withText("Comment")));
        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications()).extracting(
                n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                .anySatisfy(text -> assertThat(text).contains("@nobody-here is not a member"));
    }

    private void saveAsColleague(ClaimId claim, int version, String rationale) throws Exception {
        var thread = new Thread(() -> {
            fixtures.signIn("cv-live-colleague");
            try {
                reviews.save(claim, version, new ReviewData(null, rationale, null, null, List.of(), null, null));
            } finally {
                fixtures.signOut();
            }
        });
        thread.start();
        thread.join();
    }

    private static void awaitRationale(String expected) throws InterruptedException {
        var field = _get(TextArea.class, spec -> spec.withLabel("Rationale"));
        for (int i = 0; i < 50 && !field.getValue().equals(expected); i++) {
            Thread.sleep(100);
            com.github.mvysny.kaributesting.v10.MockVaadin.runUIQueue();
        }
        assertThat(field.getValue()).isEqualTo(expected);
    }
}
