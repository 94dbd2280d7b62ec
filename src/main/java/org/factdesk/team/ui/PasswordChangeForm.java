package org.factdesk.team.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.PermissionDeniedException;
import org.factdesk.team.UserService;

/** Current, new and repeated password, used by the forced change and the Account page. */
class PasswordChangeForm extends FormLayout {

    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("Repeat new password");
    private final Button save = new Button("Change password");

    PasswordChangeForm(UserService users, Runnable onChanged) {
        next.setHelperText("At least 10 characters, as long as you like; not a common password or your login name. "
                + "A few unrelated words make a good one.");
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        next.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        setResponsiveSteps(new ResponsiveStep("0", 1));
        add(current, next, repeat);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            clearErrors();
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two new passwords differ. Type them again.");
                repeat.setInvalid(true);
                return;
            }
            try {
                users.changeOwnPassword(current.getValue(), next.getValue());
            } catch (PermissionDeniedException ex) {
                current.setErrorMessage(ex.getMessage());
                current.setInvalid(true);
                return;
            } catch (InvalidInputException ex) {
                next.setErrorMessage(ex.getMessage());
                next.setInvalid(true);
                return;
            }
            current.clear();
            next.clear();
            repeat.clear();
            onChanged.run();
        });
    }

    Button saveButton() {
        return save;
    }

    private void clearErrors() {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
    }
}
