package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeMarkdownTest {

    @Test
    void a_rule_between_two_merged_rationales_stays_a_rule() {
        assertThat(SafeMarkdown.html("Theirs.\n\n---\n\nMine.")).contains("<hr").contains("Theirs.").contains("Mine.");
    }

    @Test
    void markup_and_scripts_in_a_rationale_come_out_as_text_or_not_at_all() {
        String html = SafeMarkdown.html("**bold** <script>alert(1)</script> [x](javascript:alert(1))");
        assertThat(html).contains("<strong>bold</strong>").doesNotContain("<script").doesNotContain("javascript:");
    }
}
