package org.factdesk.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.factdesk.base.ui.Times;
import org.factdesk.claim.ui.ClaimPanelExtension;
import org.factdesk.review.ReviewRevision;

/**
 * A claim's history on the claim page: who changed what, in words, and Restore where it brings something back;
 * with what other modules keep of the claim (a link to another source confirmed or rejected), in time order.
 */
class ReviewHistory extends Composite<Div> {

    /** One line: a review revision (restorable perhaps), or another module's entry. */
    private record Row(Instant at, String actor, String action, String changes, ReviewRevision revision) {
    }

    private final Grid<Row> grid = new Grid<>();
    private final Function<String, String> inWords;
    private final Consumer<ReviewRevision> restore;
    private boolean canEdit;

    /** {@code inWords}: a revision's changes as an editor reads them; {@code restore}: brings a revision back. */
    ReviewHistory(Function<String, String> inWords, Consumer<ReviewRevision> restore) {
        this.inWords = inWords;
        this.restore = restore;
        grid.addColumn(r -> Times.WHEN.format(r.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.actor() == null ? "system" : r.actor()).setHeader("Who").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Row::action).setHeader("What").setKey("action").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::changes).setHeader("Changes").setKey("changes").setFlexGrow(1)
                .setTooltipGenerator(Row::changes);
        grid.addComponentColumn(this::restoreButton).setHeader("").setKey("restore").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        // a change in words can run long: it wraps rather than hide behind an ellipsis
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        getContent().add(new H2("History"), grid);
        getContent().addClassName("fd-side-section");
    }

    void show(List<ReviewRevision> revisions, List<ClaimPanelExtension.HistoryEntry> others, boolean editable) {
        canEdit = editable;
        var rows = new ArrayList<Row>(revisions.size() + others.size());
        revisions.forEach(r -> rows.add(new Row(r.at(), r.actor(), r.action(), inWords.apply(r.changes()), r)));
        others.forEach(e -> rows.add(new Row(e.at(), e.actor(), e.action(), e.inWords(), null)));
        // the review history comes in its own order; other entries are put where their time says
        rows.sort(Comparator.comparing(Row::at));
        grid.setItems(rows);
    }

    private Button restoreButton(Row row) {
        var revision = row.revision();
        var button = new Button("Restore", e -> restore.accept(revision));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        // restoring the state the review is in now, or an entry with no review state, would mean nothing
        button.setVisible(canEdit && revision != null && revision.restorable());
        return button;
    }
}
