package org.factdesk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** The report as Markdown for pasting into a CMS: headings, a summary, and each claim with its verdict. */
final class MarkdownReportWriter implements ReportWriter {

    private final Writer out;
    private ExportOptions options;
    private int number;

    MarkdownReportWriter(OutputStream out) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void begin(ReportRows.Header h) throws IOException {
        options = h.options();
        out.write("# " + inline(h.project()) + "\n\n");
        if (!h.description().isBlank()) {
            out.write(inline(h.description()) + "\n\n");
        }
        out.write("*" + inline(h.scope()) + " · " + h.documents() + (h.documents() == 1 ? " source, " : " sources, ") + h.claims()
                + (h.claims() == 1 ? " claim" : " claims") + " · generated "
                + HtmlReportWriter.WHEN.format(h.generatedAt()) + "*\n\n## Summary\n\n| Verdict | Claims |\n|---|---:|\n");
        for (var c : h.byVerdict()) {
            out.write("| " + cell(c.label()) + " | " + c.count() + " |\n");
        }
        out.write("\n");
    }

    @Override
    public void document(ReportRows.Document d, List<ReportRows.Claim> claims) throws IOException {
        out.write("## " + inline(d.title()) + "\n\n");
        var meta = new java.util.ArrayList<String>();
        if (d.outlet() != null) {
            meta.add(inline(d.outlet()));
        }
        if (d.publishedOn() != null) {
            meta.add(HtmlReportWriter.DAY.format(d.publishedOn()));
        }
        if (org.factdesk.base.WebAddress.isWeb(d.url())) {
            meta.add("<" + d.url().replace(">", "%3E") + ">");
        } else if (d.url() != null) {
            meta.add(inline(d.url()));
        }
        if (!meta.isEmpty()) {
            out.write(String.join(" · ", meta) + "\n\n");
        }
        for (var c : claims) {
            number++;
            out.write(number + ". **" + inline(c.verdict() == null ? "No verdict" : c.verdict()) + "** ("
                    + c.status().label().toLowerCase(Locale.ROOT) + ")"
                    + (c.claimant() == null ? "" : " · " + inline(c.claimant()))
                    + (c.publishedBy() == null ? "" : " · published by " + inline(c.publishedBy())) + "\n\n");
            out.write("   > " + inline(c.quote()).replace("\n", " ") + "\n\n");
            if (options.rationale() && !c.rationale().isBlank()) {
                // the rationale is Markdown already: indented so that it stays inside the list item; raw HTML in it
                // is shown as text, since a CMS would render it
                out.write(rawHtmlAsText(c.rationale().strip()).replaceAll("(?m)^", "   ") + "\n\n");
            }
            if (options.evidence()) {
                for (var e : c.evidence()) {
                    String target = org.factdesk.base.WebAddress.isWeb(e.url()) ? "[" + inline(e.title() == null
                            ? e.url() : e.title()) + "](<" + e.url().replace(">", "%3E") + ">)"
                            : e.url() != null ? inline(e.url())
                            : e.documentTitle() != null ? "source: " + inline(e.documentTitle())
                            : "claim: “" + inline(e.otherClaimQuote()) + "”";
                    out.write("   - " + e.relation().toLowerCase(Locale.ROOT) + ": " + target + "\n");
                }
                if (!c.evidence().isEmpty()) {
                    out.write("\n");
                }
            }
        }
        out.flush();
    }

    @Override
    public void end() throws IOException {
        out.flush();
    }

    /** Source text inside Markdown: characters that would start formatting or HTML are escaped. */
    /** Markdown with every {@code <} and {@code &} written as an entity, so no tag a writer typed reaches a page. */
    static String rawHtmlAsText(String markdown) {
        return markdown.replace("&", "&amp;").replace("<", "&lt;");
    }

    static String inline(String text) {
        return text == null ? "" : text.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    private static String cell(String text) {
        return inline(text).replace("\n", " ");
    }
}
