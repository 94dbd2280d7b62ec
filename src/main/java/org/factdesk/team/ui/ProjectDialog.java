package org.factdesk.team.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;
import org.factdesk.base.InvalidInputException;

/** Name and description of a project, for creating and renaming. */
class ProjectDialog extends Dialog {

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");

    ProjectDialog(String title, String action, String initialName, String initialDescription,
                  BiConsumer<String, String> onSave) {
        setHeaderTitle(title);
        setWidth("32rem");
        name.setValue(initialName);
        name.setWidthFull();
        name.setMaxLength(120);
        name.setRequiredIndicatorVisible(true);
        name.setPlaceholder("e.g. Harbour fire, March 2026");
        description.setValue(initialDescription);
        description.setWidthFull();
        description.setPlaceholder("What story is this, and what is the desk checking?");
        var form = new FormLayout(name, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        var save = new Button(action, e -> {
            try {
                onSave.accept(name.getValue(), description.getValue());
                close();
            } catch (InvalidInputException ex) {
                name.setErrorMessage(ex.getMessage());
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        var cancel = new Button("Cancel", e -> close());
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> name.focus());
    }
}
