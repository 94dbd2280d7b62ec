package org.factdesk.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.function.Supplier;
import org.factdesk.claim.ui.ClaimListExtension;
import org.factdesk.team.ProjectId;

/** The claims list's "Export…": the reports page reads the list's filter from the address it is given. */
@org.springframework.stereotype.Component
class ReportClaimListExtension implements ClaimListExtension {

    @Override
    public List<Component> headerActions(Supplier<ProjectId> project, Supplier<QueryParameters> filter) {
        var export = new Button("Export…", VaadinIcon.DOWNLOAD_ALT.create(),
                e -> ReportNavigation.navigateToReports(project.get(), filter.get()));
        export.setTooltipText("A report of the claims this filter shows");
        return List.of(export);
    }
}
