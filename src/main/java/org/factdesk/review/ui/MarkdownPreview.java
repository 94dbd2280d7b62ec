package org.factdesk.review.ui;

import org.factdesk.base.SafeMarkdown;

/** Rationale Markdown as safe HTML for the claim page's preview. */
final class MarkdownPreview {

    private MarkdownPreview() {
    }

    static String html(String markdown) {
        return "<div class=\"fd-markdown\">" + SafeMarkdown.html(markdown) + "</div>";
    }
}
