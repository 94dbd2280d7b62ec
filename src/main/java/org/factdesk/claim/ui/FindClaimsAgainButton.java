package org.factdesk.claim.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Supplier;
import org.factdesk.claim.Reextraction;
import org.factdesk.job.ui.JobNavigation;
import org.factdesk.team.ProjectId;

/** The claims list's "Find claims again": extraction over all of the project's documents, as a background job. */
class FindClaimsAgainButton extends Button {

    FindClaimsAgainButton(Reextraction reextraction, Supplier<ProjectId> project) {
        super("Find claims again", VaadinIcon.MAGIC.create());
        setTooltipText("Run claim extraction on every document of this project again, in the background; "
                + "existing claims stay");
        addClickListener(e -> {
            var confirm = new ConfirmDialog("Find claims again in every document?",
                    "Suggestions are added where no claim is yet; claims you have stay as they are. It runs in the "
                            + "background: the Jobs page shows how far it is.", "Start", start -> {
                        var job = reextraction.allDocuments(project.get());
                        UI.getCurrent().navigate(JobNavigation.job(project.get(), job.id()));
                    });
            confirm.setCancelable(true);
            confirm.open();
        });
    }
}
