package org.factdesk.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.factdesk.team.UserId;
import org.junit.jupiter.api.Test;

/** The review history in words; moved from claim.ui with the review's labels, assertions unchanged. */
class ReviewChangesTest {

    static String summary(String changes) {
        return ReviewChanges.inWords(changes, id -> id == 2 ? "Mostly true" : "level " + id,
                user -> user.equals(new UserId(7)) ? "Rosa Lind" : "user " + user.value());
    }

    @Test
    void review_changes_read_as_labels_and_names_in_the_order_of_the_form() {
        String stored = """
                {"tags": {"after": ["bridge", "figures"], "before": []},
                 "verdict": {"after": 2, "before": null},
                 "assignee": {"after": 7, "before": null},
                 "rationale": {"after": "Hospital figures\\n\\nconfirm it.", "before": ""}}
                """;

        assertThat(summary(stored)).isEqualTo("Verdict: — → Mostly true · Rationale: — → Hospital figures confirm it. "
                + "· Tags: — → bridge, figures · Assignee: — → Rosa Lind");
    }

    @Test
    void evidence_and_comments_read_as_their_text_and_long_values_are_cut() {
        assertThat(summary("{\"evidence\": \"Refutes: Fire service log\"}")).isEqualTo("Evidence: Refutes: Fire service log");
        assertThat(summary("{\"comment\": \"" + "word ".repeat(40) + "\"}")).hasSize("Comment: ".length() + 80).endsWith("…");
        assertThat(summary("{}")).isEqualTo("—");
    }

    @Test
    void a_rationale_change_names_the_words_that_changed_instead_of_two_cut_off_openings() {
        String before = "The council's statement counts 11 injured, and the hospital confirms it in its morning update.";
        String after = "The council's statement counts 14 injured, and the hospital confirms it in its morning update.";
        assertThat(summary("{\"rationale\": {\"before\": \"" + before + "\", \"after\": \"" + after + "\"}}"))
                .isEqualTo("Rationale: 11 → 14");
    }

    @Test
    void a_status_change_reads_as_status_labels_with_its_reason() {
        assertThat(summary("{\"status\": {\"before\": \"PUBLISHED\", \"after\": \"NEEDS_REVIEW\"},"
                + " \"reason\": \"changed after publishing\"}"))
                .isEqualTo("Status: Published → Needs review · Why: changed after publishing");
    }
}
