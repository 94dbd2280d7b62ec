package org.factdesk.review.ui;

import org.factdesk.claim.ui.ClaimNavigation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.factdesk.base.ui.Times;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.base.ui.LiveUpdates;
import org.factdesk.review.DiscussionService;
import org.factdesk.review.ReviewSignals;
import org.factdesk.team.CurrentUser;
import org.factdesk.review.Notification;
import org.factdesk.team.ui.HeaderItem;


/** The bell in the top bar: unread mentions, assignments and review requests. */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderItem {


    private final DiscussionService discussion;
    private final LiveChannel live;
    private final CurrentUser currentUser;

    NotificationBell(DiscussionService discussion, LiveChannel live, CurrentUser currentUser) {
        this.discussion = discussion;
        this.live = live;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        var count = new Span();
        count.addClassName("fd-bell-count");
        var bell = new Button(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.addClassName("fd-bell");
        bell.setAriaLabel("Notifications");
        var wrapper = new Div(bell, count);
        wrapper.addClassName("fd-bell-wrapper");
        Runnable update = () -> {
            int unread = discussion.unreadNotifications();
            count.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
            count.setVisible(unread > 0);
            bell.setTooltipText(unread == 0 ? "No new notifications" : unread + " new");
        };
        update.run();
        wrapper.addAttachListener(e -> update.run());
        currentUser.get().ifPresent(me ->
                LiveUpdates.follow(wrapper, live, ReviewSignals.userTopic(me.userId()), signal -> update.run()));
        bell.addClickListener(e -> {
            var dialog = new Dialog();
            dialog.setHeaderTitle("Notifications");
            dialog.setWidth("34rem");
            var list = new Div();
            list.addClassName("fd-notifications");
            var items = discussion.notifications();
            if (items.isEmpty()) {
                list.add(new Span("Nothing yet. Mentions, assignments and review requests show up here."));
            }
            for (Notification n : items) {
                var when = new Span(Times.RECENT.format(n.createdAt()));
                when.addClassName("fd-muted");
                Component text = n.claimId() == null ? new Span(n.message())
                        : new Anchor(ClaimNavigation.claim(n.claimId()), n.message());
                var row = new Div(when, text);
                row.addClassNames("fd-notification", n.read() ? "fd-read" : "fd-unread");
                row.addClickListener(click -> dialog.close());
                list.add(row);
            }
            dialog.add(list);
            dialog.getFooter().add(new Button("Close", close -> dialog.close()));
            dialog.open();
            discussion.markAllRead();
            update.run();
        });
        return wrapper;
    }
}
