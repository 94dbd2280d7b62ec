package org.factdesk.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.factdesk.base.ui.Times;
import org.factdesk.review.ReviewRevision;

/** A claim's review history on the claim page: who changed what, in words, and Restore where it brings something back. */
class ReviewHistory extends Composite<Div> {

    private final Grid<ReviewRevision> grid = new Grid<>();
    private final Consumer<ReviewRevision> restore;
    private boolean canEdit;

    /** {@code inWords}: a revision's changes as an editor reads them; {@code restore}: brings a revision back. */
    ReviewHistory(Function<String, String> inWords, Consumer<ReviewRevision> restore) {
        this.restore = restore;
        grid.addColumn(r -> Times.WHEN.format(r.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.actor() == null ? "system" : r.actor()).setHeader("Who").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(ReviewRevision::action).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> inWords.apply(r.changes())).setHeader("Changes").setKey("changes").setFlexGrow(1)
                .setTooltipGenerator(r -> inWords.apply(r.changes()));
        grid.addComponentColumn(this::restoreButton).setHeader("").setKey("restore").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        // a change in words can run long: it wraps rather than hide behind an ellipsis
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        getContent().add(new H2("History"), grid);
        getContent().addClassName("fd-side-section");
    }

    void show(List<ReviewRevision> revisions, boolean editable) {
        canEdit = editable;
        grid.setItems(revisions);
    }

    private Button restoreButton(ReviewRevision revision) {
        var button = new Button("Restore", e -> restore.accept(revision));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        // restoring the state the review is in now, or an entry with no review state, would mean nothing
        button.setVisible(canEdit && revision.restorable());
        return button;
    }
}
