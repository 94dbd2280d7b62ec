package org.factdesk.review.ui;

import com.vaadin.flow.component.AbstractCompositeField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Objects;
import org.factdesk.review.RatingLevel;

/** The verdict as a row of the scale's levels, one button each (keys 1…9): a field, so the form's Binder binds it. */
class VerdictField extends AbstractCompositeField<Div, VerdictField, Long> {

    private List<RatingLevel> levels = List.of();

    VerdictField() {
        super(null);
        getContent().addClassName("fd-verdicts");
    }

    void setLevels(List<RatingLevel> scale) {
        levels = scale;
        render();
    }

    /** Choosing the chosen level again clears the verdict. */
    void toggle(long id) {
        if (!isReadOnly()) {
            setModelValue(Objects.equals(getValue(), id) ? null : id, true);
            render();
        }
    }

    @Override
    protected void setPresentationValue(Long value) {
        render();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        render();
    }

    private void render() {
        var verdicts = getContent();
        verdicts.removeAll();
        int key = 1;
        for (RatingLevel level : levels) {
            var button = new Button((key <= 9 ? key + "  " : "") + level.label());
            button.addClassName("fd-verdict");
            button.getStyle().set("--fd-verdict-color", level.color());
            if (Objects.equals(level.id(), getValue())) {
                button.addClassName("fd-verdict-selected");
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            button.setEnabled(!isReadOnly());
            button.addClickListener(e -> toggle(level.id()));
            verdicts.add(button);
            key++;
        }
    }
}
