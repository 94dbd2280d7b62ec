package org.factdesk.agreement.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.Optional;
import org.factdesk.agreement.AgreementService;
import org.factdesk.agreement.RoundItem;
import org.factdesk.claim.ui.ClaimNavigation;
import org.factdesk.review.ui.MyWorkSection;

/** My work: the claims of open rounds the user still has to judge blind, and those judged; no verdict but theirs. */
@org.springframework.stereotype.Component
class RoundsWorkSection implements MyWorkSection {

    private final AgreementService agreement;

    RoundsWorkSection(AgreementService agreement) {
        this.agreement = agreement;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> section() {
        var items = agreement.myWork();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        long left = items.stream().filter(i -> i.mine() == null).count();
        var box = new Div(new H2("To judge blind in agreement rounds (" + left + " of " + items.size() + " left)"));
        box.addClassNames("fd-section", "fd-round-work");
        var grid = new Grid<RoundItem>();
        grid.addColumn(RoundItem::quote).setHeader("Claim").setFlexGrow(4);
        grid.addColumn(RoundItem::documentTitle).setHeader("Document").setFlexGrow(2);
        grid.addColumn(RoundItem::roundName).setHeader("Round").setFlexGrow(1);
        grid.addColumn(RoundItem::projectName).setHeader("Project").setFlexGrow(1);
        grid.addColumn(i -> i.mine() == null ? "To judge" : "Yours: " + i.mine().label()).setHeader("Your verdict")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(items);
        grid.setAllRowsVisible(true);
        grid.addClassName("fd-clickable-rows");
        org.factdesk.base.ui.GridRows.openOnClickOrEnter(grid, i -> ClaimNavigation.navigateToClaim(i.claimId()));
        box.add(grid);
        return Optional.of(box);
    }
}
