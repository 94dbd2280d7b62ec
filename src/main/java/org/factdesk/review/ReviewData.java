package org.factdesk.review;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.team.UserId;

/**
 * What an editor writes about a claim. {@code verdictId} is a level of the project's scale, or null;
 * {@code rationale} is Markdown; {@code claimant} overrides the extracted one when set.
 */
public record ReviewData(Long verdictId, String rationale, String claimant, LocalDate claimDate, List<String> tags,
                         UserId assignee, LocalDate dueDate) {

    public static ReviewData empty() {
        return new ReviewData(null, "", null, null, List.of(), null, null);
    }
}
