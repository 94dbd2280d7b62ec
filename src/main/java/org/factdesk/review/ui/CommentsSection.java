package org.factdesk.review.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.factdesk.base.ui.Times;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.ui.Notifications;
import org.factdesk.claim.ClaimId;
import org.factdesk.review.Comment;
import org.factdesk.review.DiscussionService;
import org.factdesk.team.Member;

/** Threaded comments on a claim. "@login" mentions a member, who is notified; a thread can be resolved. */
class CommentsSection extends Div {


    private final DiscussionService discussion;
    private final ClaimId claimId;
    private final boolean canEdit;
    private final java.util.List<Member> members;
    private final Div threads = new Div();
    /** Reply boxes by thread, so a refresh (often a colleague's live change) keeps half-typed replies. */
    private final java.util.Map<Long, TextArea> replies = new java.util.HashMap<>();

    CommentsSection(DiscussionService discussion, ClaimId claimId, boolean canEdit, java.util.List<Member> members) {
        this.discussion = discussion;
        this.members = members;
        this.claimId = claimId;
        this.canEdit = canEdit;
        addClassNames("fd-side-section", "fd-comments");
        threads.addClassName("fd-threads");
        add(new H2("Comments"), threads);
        if (canEdit) {
            add(composer(null, "Comment, or @login to ask someone"));
        }
        refresh();
    }

    private Div composer(Long parentId, String placeholder) {
        var text = new TextArea();
        text.setPlaceholder(placeholder);
        text.setWidthFull();
        text.setAriaLabel(parentId == null ? "New comment" : "Reply");
        var post = new Button(parentId == null ? "Comment" : "Reply", e -> {
            try {
                var strangers = DiscussionService.strangers(text.getValue(), members);
                discussion.comment(claimId, parentId, text.getValue());
                text.clear();
                refresh();
                if (strangers.isEmpty()) {
                    Notifications.success("Posted.");
                } else {
                    Notifications.error("Posted, but " + String.join(", ", strangers.stream().map(l -> "@" + l).toList())
                            + (strangers.size() == 1 ? " is" : " are") + " not a member of this project, so nobody was "
                            + "told. An owner adds people under Members.");
                }
            } catch (InvalidInputException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        post.addThemeVariants(ButtonVariant.LUMO_SMALL, parentId == null ? ButtonVariant.LUMO_PRIMARY
                : ButtonVariant.LUMO_TERTIARY);
        post.setTooltipText("Ctrl+Enter");
        // listens on the box alone and stops the key there, so the review's own Ctrl+Enter (Save) does not fire
        post.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(text).resetFocusOnActiveElement();
        var suggestions = new Div();
        suggestions.addClassName("fd-mention-suggestions");
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        text.addValueChangeListener(e -> suggest(text, suggestions));
        var box = new Div(text, suggestions, post);
        box.addClassName("fd-composer");
        return box;
    }

    /** While a word starting with @ is being typed, the members it could name, to pick with a click. */
    private void suggest(TextArea text, Div suggestions) {
        suggestions.removeAll();
        var typed = java.util.regex.Pattern.compile("(?:^|\\s)@([\\w.-]*)$").matcher(text.getValue());
        if (!typed.find()) {
            return;
        }
        String prefix = typed.group(1).toLowerCase(java.util.Locale.ROOT);
        members.stream()
                .filter(m -> m.login().toLowerCase(java.util.Locale.ROOT).startsWith(prefix)
                        || m.displayName().toLowerCase(java.util.Locale.ROOT).startsWith(prefix))
                .limit(6)
                .forEach(m -> {
                    var pick = new Button("@" + m.login() + " · " + m.displayName(), e -> {
                        String value = text.getValue();
                        text.setValue(value.substring(0, value.length() - prefix.length()) + m.login() + " ");
                        text.focus();
                    });
                    pick.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    pick.addClassName("fd-mention-suggestion");
                    suggestions.add(pick);
                });
    }

    void refresh() {
        var drafts = new java.util.HashMap<Long, String>();
        replies.forEach((thread, box) -> {
            if (!box.getValue().isEmpty()) {
                drafts.put(thread, box.getValue());
            }
        });
        replies.clear();
        threads.removeAll();
        Div thread = null;
        Comment root = null;
        for (Comment comment : discussion.comments(claimId)) {
            if (comment.parentId() == null) {
                if (thread != null) {
                    finish(thread, root);
                }
                root = comment;
                thread = new Div();
                thread.addClassName("fd-thread");
                if (comment.resolved()) {
                    thread.addClassName("fd-thread-resolved");
                }
            }
            thread.add(render(comment));
        }
        if (thread != null) {
            finish(thread, root);
        }
        if (threads.getComponentCount() == 0) {
            var empty = new Span("No comments yet.");
            empty.addClassName("fd-muted");
            threads.add(empty);
        }
        drafts.forEach((threadId, text) -> {
            var box = replies.get(threadId);
            if (box != null) {
                box.setValue(text);
            }
        });
    }

    private void finish(Div thread, Comment root) {
        if (canEdit) {
            var resolve = new Button(root.resolved() ? "Reopen thread" : "Resolve thread", e -> {
                discussion.resolveThread(root.id(), root.version(), !root.resolved());
                refresh();
            });
            resolve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            if (root.resolved()) {
                thread.add(resolve);
            } else {
                var reply = composer(root.id(), "Reply…");
                reply.getChildren().filter(c -> c instanceof TextArea).map(c -> (TextArea) c).findFirst()
                        .ifPresent(box -> replies.put(root.id(), box));
                reply.add(resolve);
                thread.add(reply);
            }
        }
        threads.add(thread);
    }

    private Div render(Comment comment) {
        var head = new Span(comment.author() + " · " + Times.RECENT.format(comment.createdAt()));
        head.addClassName("fd-comment-head");
        var body = new Div();
        body.setText(comment.body());
        body.addClassName("fd-comment-body");
        var item = new Div(head, body);
        item.addClassName(comment.parentId() == null ? "fd-comment" : "fd-comment-reply");
        return item;
    }
}
