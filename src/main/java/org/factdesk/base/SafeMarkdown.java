package org.factdesk.base;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Markdown written by editors, as HTML that is safe to show anywhere: commonmark renders it with raw HTML
 * escaped, and jsoup keeps only basic formatting and http(s) links. The output is well-formed XHTML too,
 * so the PDF renderer takes it as it is.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Document.OutputSettings XHTML = new Document.OutputSettings()
            .syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml).prettyPrint(false);

    private SafeMarkdown() {
    }

    public static String html(String markdown) {
        String rendered = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        // a rule (---) separates the two sides of a merged rationale, so it is kept
        return Jsoup.clean(rendered, "", Safelist.basic().addTags("hr").addProtocols("a", "href", "http", "https")
                .addAttributes("a", "rel").preserveRelativeLinks(false), XHTML);
    }
}
