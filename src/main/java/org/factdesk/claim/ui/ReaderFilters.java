package org.factdesk.claim.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimStatus;

/** The reader's filters above the text: a minimum score for suggestions and a status, with the keys as a reminder. */
class ReaderFilters extends Div {

    /** What the status filter can show: everything but dismissed claims (the default), everything, or one status. */
    record StatusFilter(String label, ClaimStatus only, boolean withDismissed) {

        static final StatusFilter OPEN = new StatusFilter("All but dismissed", null, false);
        static final StatusFilter ALL = new StatusFilter("All statuses", null, true);

        static StatusFilter only(ClaimStatus status) {
            return new StatusFilter(status.label(), status, true);
        }

        static List<StatusFilter> choices() {
            var choices = new ArrayList<>(List.of(OPEN, ALL));
            for (ClaimStatus status : ClaimStatus.values()) {
                choices.add(only(status));
            }
            return choices;
        }

        boolean matches(ClaimStatus status) {
            return only != null ? only == status : withDismissed || status != ClaimStatus.DISMISSED;
        }
    }

    private final Select<Integer> minScore = new Select<>();
    private final Select<StatusFilter> status = new Select<>();

    ReaderFilters(Runnable onChange) {
        minScore.setItems(0, 40, 60, 80);
        minScore.setItemLabelGenerator(n -> n == 0 ? "Any score" : "Score " + n + "+");
        minScore.setValue(0);
        minScore.setAriaLabel("Minimum score");
        status.setItems(StatusFilter.choices());
        status.setItemLabelGenerator(StatusFilter::label);
        status.setValue(StatusFilter.OPEN);
        status.setAriaLabel("Status");
        minScore.addValueChangeListener(e -> onChange.run());
        status.addValueChangeListener(e -> onChange.run());
        var keys = new Span("j / k next · previous   a accept   x dismiss   m make claim from selection");
        keys.addClassName("fd-key-help");
        add(minScore, status, keys);
        addClassName("fd-filters");
    }

    /** No filter at all: every claim shows (the view redraws through the change listeners). */
    void showAll() {
        minScore.setValue(0);
        status.setValue(StatusFilter.ALL);
    }

    /** A suggestion below the minimum score is hidden; a claim someone accepted shows whatever its score. */
    boolean matches(Claim c) {
        int min = minScore.getValue() == null ? 0 : minScore.getValue();
        return (c.data().score() >= min || c.data().status() != ClaimStatus.SUGGESTED)
                && (status.getValue() == null || status.getValue().matches(c.data().status()));
    }
}
