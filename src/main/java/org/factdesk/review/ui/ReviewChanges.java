package org.factdesk.review.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.factdesk.claim.ui.ChangeSummary;
import org.factdesk.review.ReviewField;
import org.factdesk.review.RevisionEntity;
import org.factdesk.team.UserId;

/**
 * A review revision's changes in words: the claim's status change first, then the review's fields in the order of
 * the form ({@link ReviewField}), then evidence and comments. Verdicts and people are stored as ids; an editor reads
 * the scale's labels and names.
 */
final class ReviewChanges {

    private ReviewChanges() {
    }

    static String inWords(String changes, Function<Long, String> verdictLabel, Function<UserId, String> personName) {
        var labels = new ArrayList<>(ChangeSummary.STATUS);
        for (var field : ReviewField.values()) {
            labels.add(switch (field) {
                case VERDICT -> new ChangeSummary.Label(field.key(), field.label(), false,
                        id -> verdictLabel.apply(Long.valueOf(id)));
                case ASSIGNEE -> new ChangeSummary.Label(field.key(), field.label(), false,
                        id -> personName.apply(new UserId(Long.parseLong(id))));
                case RATIONALE -> new ChangeSummary.Label(field.key(), field.label(), true, null);
                default -> ChangeSummary.Label.of(field.key(), field.label());
            });
        }
        labels.addAll(List.of(ChangeSummary.Label.of(RevisionEntity.EVIDENCE.key(), "Evidence"),
                ChangeSummary.Label.of(RevisionEntity.COMMENT.key(), "Comment")));
        return ChangeSummary.of(changes, labels);
    }
}
