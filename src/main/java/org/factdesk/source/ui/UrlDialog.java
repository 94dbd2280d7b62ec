package org.factdesk.source.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.factdesk.source.ImportResult;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;

/** Fetches a page or file from the web. The download runs in the background; the dialog shows it is busy. */
class UrlDialog extends Dialog {

    UrlDialog(ProjectId projectId, SourceImporter importer, org.factdesk.base.BackgroundTasks tasks,
              Consumer<ImportResult> onDone) {
        setHeaderTitle("Add from a web address");
        setWidth("40rem");
        var url = new TextField("Address");
        url.setWidthFull();
        url.setPlaceholder("https://…");
        url.setHelperText("A second import of the same address becomes a new version of that document.");
        var busy = new ProgressBar();
        busy.setIndeterminate(true);
        busy.setVisible(false);
        add(url, busy);
        var fetch = new Button("Fetch and import");
        fetch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fetch.addClickShortcut(Key.ENTER);
        var cancel = new Button("Cancel", e -> close());
        fetch.addClickListener(e -> {
            var ui = UI.getCurrent();
            busy.setVisible(true);
            fetch.setEnabled(false);
            url.setInvalid(false);
            String address = url.getValue();
            try {
                tasks.run(() -> {
                    ImportResult result = importer.importUrl(projectId, address);
                    ui.access(() -> {
                        busy.setVisible(false);
                        fetch.setEnabled(true);
                        if (result.outcome() == ImportResult.Outcome.REJECTED) {
                            url.setErrorMessage(result.message());
                            url.setInvalid(true);
                        } else {
                            close();
                            onDone.accept(result);
                        }
                    });
                });
            } catch (org.factdesk.base.InvalidInputException full) {
                busy.setVisible(false);
                fetch.setEnabled(true);
                url.setErrorMessage(full.getMessage());
                url.setInvalid(true);
            }
        });
        getFooter().add(cancel, fetch);
        addOpenedChangeListener(e -> url.focus());
    }
}
