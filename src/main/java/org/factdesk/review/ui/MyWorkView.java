package org.factdesk.review.ui;

import org.factdesk.claim.ui.ClaimNavigation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.review.Notification;
import org.factdesk.review.WorkItem;
import org.factdesk.review.WorkService;

/** Everything waiting for me across my projects: assigned claims, claims to review, mentions. */
@Route(ReviewNavigation.MY_WORK_ROUTE)
@PageTitle("My work · Factdesk")
@Menu(order = 10, title = "My work", icon = "vaadin:tasks")
@PermitAll
class MyWorkView extends Main {

    MyWorkView(WorkService work, List<MyWorkSection> sections) {
        addClassNames("fd-view", "fd-view-wide");
        add(new ViewHeader("My work").withSubtitle("Claims assigned to you, waiting for your review, and where you "
                + "were mentioned."));
        sections.stream().sorted(java.util.Comparator.comparingInt(MyWorkSection::order))
                .forEach(s -> s.section().ifPresent(this::add));
        add(section("Assigned to me", work.assignedToMe(), "Nothing is assigned to you."));
        add(section("Waiting for my review", work.awaitingMyReview(), "No claim waits for your review."));
        add(mentions(work.mentions()));
    }

    private static Div mentions(List<Notification> mentions) {
        var box = new Div(new H2("Mentions (" + mentions.size() + ")"));
        box.addClassName("fd-section");
        if (mentions.isEmpty()) {
            box.add(empty("Nobody has mentioned you yet. Colleagues reach you with @your-username in a comment."));
            return box;
        }
        var grid = new Grid<Notification>();
        grid.addColumn(Notification::message).setHeader("Mention").setFlexGrow(1);
        grid.setItems(mentions);
        grid.setAllRowsVisible(true);
        org.factdesk.base.ui.GridRows.openOnClickOrEnter(grid, item -> {
            if (item.claimId() != null) {
                ClaimNavigation.navigateToClaim(item.claimId());
            }
        });
        grid.addClassName("fd-clickable-rows");
        box.add(grid);
        return box;
    }

    private static Div empty(String text) {
        var empty = new Div();
        empty.setText(text);
        empty.addClassName("fd-empty");
        return empty;
    }

    private static Div section(String title, List<WorkItem> items, String emptyText) {
        var box = new Div(new H2(title + " (" + items.size() + ")"));
        box.addClassName("fd-section");
        if (items.isEmpty()) {
            box.add(empty(emptyText));
            return box;
        }
        var grid = new Grid<WorkItem>();
        grid.addColumn(WorkItem::quote).setHeader("Claim").setFlexGrow(4);
        grid.addColumn(WorkItem::documentTitle).setHeader("Document").setFlexGrow(2);
        grid.addColumn(WorkItem::projectName).setHeader("Project").setFlexGrow(1);
        grid.addColumn(i -> i.status().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> i.dueDate() == null ? "" : DateTimeFormatter.ofPattern("d MMM").format(i.dueDate()))
                .setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        org.factdesk.base.ui.GridRows.openOnClickOrEnter(grid, item -> ClaimNavigation.navigateToClaim(item.claimId()));
        grid.addClassName("fd-clickable-rows");
        box.add(grid);
        return box;
    }
}
