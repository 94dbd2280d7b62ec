package org.factdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.factdesk.review.Review;
import org.factdesk.review.ReviewData;
import org.factdesk.review.ReviewField;
import org.factdesk.team.UserId;

/**
 * Shown when someone else saved the review since it was opened: both versions side by side, and
 * three knowing choices. Nothing is overwritten without one of them.
 */
class ConflictDialog extends Dialog {

    /** Between their text and mine when both edited a text: plain to see, and a rule in the Markdown preview. */
    static final String BOTH_EDITED = "\n\n---\n\n";

    record Row(String field, String theirs, String mine) {
    }

    ConflictDialog(ReviewData base, ReviewData mine, Review theirs, String savedBy, Function<Long, String> verdictLabel,
                   Function<UserId, String> personName, Consumer<ReviewData> keepTheirs, Consumer<ReviewData> merge,
                   Consumer<ReviewData> overwrite) {
        setHeaderTitle(savedBy + " saved this claim meanwhile");
        setWidth("52rem");
        setCloseOnOutsideClick(false);
        var t = theirs.data();
        Function<ReviewField, Function<ReviewData, String>> shown = field -> data -> switch (field) {
            case VERDICT -> verdictLabel.apply(data.verdictId());
            case ASSIGNEE -> personName.apply(data.assignee());
            case TAGS -> String.join(", ", data.tags());
            default -> Objects.toString(field.value(data), null);
        };
        List<Row> rows = Arrays.stream(ReviewField.values())
                .filter(f -> !Objects.equals(f.value(t), f.value(mine)))
                .map(f -> new Row(f.label(), orDash(shown.apply(f).apply(t)), orDash(shown.apply(f).apply(mine))))
                .toList();
        var grid = new Grid<Row>();
        grid.addColumn(Row::field).setHeader("Field").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::theirs).setHeader("Saved by " + savedBy).setFlexGrow(1);
        grid.addColumn(Row::mine).setHeader("Yours, not saved").setFlexGrow(1);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addClassName("fd-conflict-grid");
        add(new Paragraph("Only the fields that differ are listed. Merge keeps their version and applies the fields "
                + "you changed on top; where you both changed the rationale it keeps both texts, theirs first. "
                + "You check the result before saving."), grid);
        var keep = new Button("Use theirs", e -> {
            close();
            keepTheirs.accept(t);
        });
        var mergeButton = new Button("Merge", e -> {
            close();
            merge.accept(merged(base, mine, t));
        });
        mergeButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var overwriteButton = new Button("Overwrite with mine", e -> {
            close();
            overwrite.accept(mine);
        });
        overwriteButton.addThemeVariants(ButtonVariant.LUMO_ERROR);
        getFooter().add(keep, overwriteButton, mergeButton);
    }

    private static String orDash(String value) {
        return value == null ? "—" : value;
    }

    /**
     * Their version, with every field I changed since I opened the claim taken from mine. Where we both changed
     * the rationale neither text is dropped (theirs, {@link #BOTH_EDITED}, mine) for the editor to trim; any other
     * field we both changed keeps mine, which the dialog showed next to theirs.
     */
    static ReviewData merged(ReviewData base, ReviewData mine, ReviewData theirs) {
        var merged = theirs;
        for (var field : ReviewField.values()) {
            Object before = field.value(base);
            Object my = field.value(mine);
            Object their = field.value(theirs);
            if (Objects.equals(before, my)) {
                continue;
            }
            boolean bothEdited = !Objects.equals(before, their) && !Objects.equals(my, their);
            merged = field.with(merged, bothEdited && field == ReviewField.RATIONALE
                    ? ((String) their).strip() + BOTH_EDITED + ((String) my).strip() : my);
        }
        return merged;
    }
}
