package org.factdesk.review;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.team.UserId;

/**
 * What an editor writes about a claim. {@code verdictId} is a level of the project's scale, or null;
 * {@code rationale} is Markdown; {@code claimant} overrides the extracted one when set;
 * {@code claimReviewed} is the short wording a published fact-check gives the claim (null: its quote).
 */
public record ReviewData(Long verdictId, String rationale, String claimant, LocalDate claimDate, List<String> tags,
                         UserId assignee, LocalDate dueDate, String claimReviewed) {

    /** A review that leaves the published wording to the quote. */
    public ReviewData(Long verdictId, String rationale, String claimant, LocalDate claimDate, List<String> tags,
                      UserId assignee, LocalDate dueDate) {
        this(verdictId, rationale, claimant, claimDate, tags, assignee, dueDate, null);
    }

    public static ReviewData empty() {
        return new ReviewData(null, "", null, null, List.of(), null, null, null);
    }

    public ReviewData withClaimReviewed(String text) {
        return new ReviewData(verdictId, rationale, claimant, claimDate, tags, assignee, dueDate, text);
    }
}
