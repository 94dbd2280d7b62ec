package org.factdesk.review;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.team.UserId;

/**
 * What an editor writes about a claim. {@code verdictId} is a level of the project's scale, or null;
 * {@code rationale} is Markdown; {@code claimant} overrides the extracted one when set;
 * {@code claimReviewed} is the short wording a published fact-check gives the claim (null: its quote).
 * {@link ReviewField} names each component once for the form, the history and the conflict dialog.
 */
public record ReviewData(Long verdictId, String rationale, String claimant, LocalDate claimDate, List<String> tags,
                         UserId assignee, LocalDate dueDate, String claimReviewed) {

    /** The limits of a review's fields: the service enforces them, the claim page's form says them before saving. */
    public static final int RATIONALE_MAX = 100_000;
    public static final int CLAIMANT_MAX = 300;
    public static final int CLAIM_REVIEWED_MAX = 500;
    public static final int TAG_MAX = 60;
    public static final int TAGS_MAX = 50;

    /**
     * The canonical constructor, declared first: Vaadin's {@code Binder.writeRecord} (the claim page's form) builds
     * the record with the first declared constructor, which must take every component.
     */
    public ReviewData {
    }

    /** A review that leaves the published wording to the quote. */
    public ReviewData(Long verdictId, String rationale, String claimant, LocalDate claimDate, List<String> tags,
                      UserId assignee, LocalDate dueDate) {
        this(verdictId, rationale, claimant, claimDate, tags, assignee, dueDate, null);
    }

    public static ReviewData empty() {
        return new ReviewData(null, "", null, null, List.of(), null, null, null);
    }

    public ReviewData withVerdictId(Long id) {
        return new ReviewData(id, rationale, claimant, claimDate, tags, assignee, dueDate, claimReviewed);
    }

    public ReviewData withRationale(String text) {
        return new ReviewData(verdictId, text, claimant, claimDate, tags, assignee, dueDate, claimReviewed);
    }

    public ReviewData withClaimant(String name) {
        return new ReviewData(verdictId, rationale, name, claimDate, tags, assignee, dueDate, claimReviewed);
    }

    public ReviewData withClaimDate(LocalDate date) {
        return new ReviewData(verdictId, rationale, claimant, date, tags, assignee, dueDate, claimReviewed);
    }

    public ReviewData withTags(List<String> list) {
        return new ReviewData(verdictId, rationale, claimant, claimDate, list, assignee, dueDate, claimReviewed);
    }

    public ReviewData withAssignee(UserId user) {
        return new ReviewData(verdictId, rationale, claimant, claimDate, tags, user, dueDate, claimReviewed);
    }

    public ReviewData withDueDate(LocalDate date) {
        return new ReviewData(verdictId, rationale, claimant, claimDate, tags, assignee, date, claimReviewed);
    }

    public ReviewData withClaimReviewed(String text) {
        return new ReviewData(verdictId, rationale, claimant, claimDate, tags, assignee, dueDate, text);
    }
}
