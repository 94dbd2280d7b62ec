package org.factdesk.claim.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.factdesk.base.ui.Times;
import org.factdesk.claim.ClaimRevision;

/** A claim's own history (found, accepted, re-anchored…), in words, from the reader's card. */
class ClaimHistoryDialog extends Dialog {

    ClaimHistoryDialog(List<ClaimRevision> history) {
        setHeaderTitle("History of this claim");
        setWidth("46rem");
        var grid = new Grid<ClaimRevision>();
        grid.addColumn(r -> Times.WHEN.format(r.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.actor() == null ? "system" : r.actor()).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.action().key()).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> ChangeSummary.ofClaim(r.before(), r.after())).setHeader("Change").setKey("change")
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(history);
        grid.setAllRowsVisible(true);
        add(grid);
        getFooter().add(new Button("Close", e -> close()));
    }
}
