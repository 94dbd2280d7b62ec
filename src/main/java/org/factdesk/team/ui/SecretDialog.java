package org.factdesk.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.factdesk.base.ui.Notifications;

/** Shows a password or token exactly once, with a copy button, since it cannot be shown again. */
class SecretDialog extends Dialog {

    SecretDialog(String title, String explanation, String secret) {
        setHeaderTitle(title);
        addClassName("fd-secret-dialog");
        var field = new TextField();
        field.setValue(secret);
        field.setReadOnly(true);
        field.setWidthFull();
        field.addClassName("fd-secret");
        field.setAriaLabel(title);
        add(new Paragraph(explanation), field);
        var copy = new Button("Copy", e -> {
            field.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", secret);
            Notifications.success("Copied to the clipboard.");
        });
        var done = new Button("Done", e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(copy, done);
        setCloseOnOutsideClick(false);
    }
}
