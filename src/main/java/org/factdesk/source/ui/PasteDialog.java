package org.factdesk.source.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.factdesk.source.ImportResult;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;

/** Text copied from anywhere: a statement, a social post, an email. */
class PasteDialog extends Dialog {

    PasteDialog(ProjectId projectId, SourceImporter importer, Consumer<ImportResult> onDone) {
        setHeaderTitle("Paste text");
        setWidth("44rem");
        var title = new TextField("Title");
        title.setWidthFull();
        title.setPlaceholder("Leave empty to take it from the text");
        var text = new TextArea("Text");
        text.setWidthFull();
        text.setMinHeight("16rem");
        text.setRequiredIndicatorVisible(true);
        add(title, text);
        var save = new Button("Import", e -> {
            var result = importer.importPasted(projectId, title.getValue(), text.getValue());
            if (result.outcome() == ImportResult.Outcome.REJECTED) {
                text.setErrorMessage(result.message());
                text.setInvalid(true);
                return;
            }
            close();
            onDone.accept(result);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.setTooltipText("Ctrl+Enter");
        getFooter().add(new Button("Cancel", e -> close()), save);
        addOpenedChangeListener(e -> text.focus());
    }
}
