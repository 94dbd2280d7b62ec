package org.factdesk.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.factdesk.review.Review;
import org.factdesk.review.ReviewData;
import org.factdesk.team.UserId;

/**
 * Shown when someone else saved the review since it was opened: both versions side by side, and
 * three knowing choices. Nothing is overwritten without one of them.
 */
class ConflictDialog extends Dialog {

    record Row(String field, String theirs, String mine) {
    }

    ConflictDialog(ReviewData base, ReviewData mine, Review theirs, String savedBy, Function<Long, String> verdictLabel,
                   Function<UserId, String> personName, Consumer<ReviewData> keepTheirs, Consumer<ReviewData> merge, Consumer<ReviewData> overwrite) {
        setHeaderTitle(savedBy + " saved this claim meanwhile");
        setWidth("52rem");
        setCloseOnOutsideClick(false);
        var rows = new ArrayList<Row>();
        var t = theirs.data();
        add(rows, "Verdict", verdictLabel.apply(t.verdictId()), verdictLabel.apply(mine.verdictId()));
        add(rows, "Rationale", t.rationale(), mine.rationale());
        add(rows, "Claimant", t.claimant(), mine.claimant());
        add(rows, "Claim date", t.claimDate(), mine.claimDate());
        add(rows, "Tags", String.join(", ", t.tags()), String.join(", ", mine.tags()));
        add(rows, "Assignee", personName.apply(t.assignee()), personName.apply(mine.assignee()));
        add(rows, "Due", t.dueDate(), mine.dueDate());
        add(rows, "Published wording", t.claimReviewed(), mine.claimReviewed());
        var grid = new Grid<Row>();
        grid.addColumn(Row::field).setHeader("Field").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::theirs).setHeader("Saved by " + savedBy).setFlexGrow(1);
        grid.addColumn(Row::mine).setHeader("Yours, not saved").setFlexGrow(1);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addClassName("fd-conflict-grid");
        add(new Paragraph("Only the fields that differ are listed. Merge keeps their version and applies the fields "
                + "you changed on top; you can check the result before saving."), grid);
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

    private static void add(List<Row> rows, String field, Object theirs, Object mine) {
        if (!Objects.equals(theirs, mine)) {
            rows.add(new Row(field, theirs == null ? "—" : theirs.toString(), mine == null ? "—" : mine.toString()));
        }
    }

    /** Their version, with every field I changed since I opened the claim taken from mine. */
    static ReviewData merged(ReviewData base, ReviewData mine, ReviewData theirs) {
        return new ReviewData(
                pick(base.verdictId(), mine.verdictId(), theirs.verdictId()),
                rationale(base.rationale(), mine.rationale(), theirs.rationale()),
                pick(base.claimant(), mine.claimant(), theirs.claimant()),
                pick(base.claimDate(), mine.claimDate(), theirs.claimDate()),
                pick(base.tags(), mine.tags(), theirs.tags()),
                pick(base.assignee(), mine.assignee(), theirs.assignee()),
                pick(base.dueDate(), mine.dueDate(), theirs.dueDate()),
                pick(base.claimReviewed(), mine.claimReviewed(), theirs.claimReviewed()));
    }

    /** Both edited the rationale: neither text is dropped; the editor keeps what holds before saving. */
    private static String rationale(String base, String mine, String theirs) {
        if (Objects.equals(base, mine) || Objects.equals(base, theirs) || Objects.equals(mine, theirs)) {
            return pick(base, mine, theirs);
        }
        return theirs.strip() + "\n\n" + mine.strip();
    }

    private static <T> T pick(T base, T mine, T theirs) {
        return Objects.equals(base, mine) ? theirs : mine;
    }
}
