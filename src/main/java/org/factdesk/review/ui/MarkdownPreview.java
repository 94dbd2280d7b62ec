package org.factdesk.review.ui;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Rationale Markdown as HTML that is safe to show: commonmark renders it with raw HTML escaped, and
 * jsoup keeps only basic formatting and http(s) links.
 */
final class MarkdownPreview {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private MarkdownPreview() {
    }

    static String html(String markdown) {
        String rendered = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        String clean = Jsoup.clean(rendered, Safelist.basic().addProtocols("a", "href", "http", "https")
                .addAttributes("a", "rel").preserveRelativeLinks(false));
        return "<div class=\"fd-markdown\">" + clean + "</div>";
    }
}
