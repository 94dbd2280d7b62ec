package org.factdesk.report;

import static org.factdesk.base.XmlText.escape;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.base.SafeMarkdown;
import org.factdesk.claim.ClaimStatus;

/**
 * The annotated report as one standalone, printable file with its CSS inline. Every text from a source or an
 * editor is escaped. The markup is well-formed XHTML, because the PDF report is this file, rendered.
 */
final class HtmlReportWriter implements ReportWriter {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Writer out;
    private final boolean forPdf;
    private ReportRows.Header header;
    private int number;

    HtmlReportWriter(OutputStream out, boolean forPdf) {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.forPdf = forPdf;
    }

    /** One part of a PDF report, whose claims are numbered on from those of the parts before it. */
    static HtmlReportWriter pdfPart(OutputStream out, ReportRows.Header header, int claimsBefore) {
        var part = new HtmlReportWriter(out, true);
        part.header = header;
        part.number = claimsBefore;
        return part;
    }

    @Override
    public void begin(ReportRows.Header h) throws IOException {
        this.header = h;
        head(h.project() + " · fact-check report", Map.of());
        front(h, null);
    }

    /** The page up to the body, with PDF bookmarks (name to fragment) when the file becomes a PDF. */
    void head(String title, Map<String, String> bookmarks) throws IOException {
        out.write("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><meta charset=\"UTF-8\" />");
        out.write("<title>" + escape(title) + "</title><style>" + css() + "</style>");
        if (forPdf && !bookmarks.isEmpty()) {
            out.write("<bookmarks>");
            for (var bookmark : bookmarks.entrySet()) {
                out.write("<bookmark name=\"" + escape(bookmark.getKey()) + "\" href=\"#" + escape(bookmark.getValue()) + "\" />");
            }
            out.write("</bookmarks>");
        }
        out.write("</head><body>");
    }

    /** Cover, contents and summary; {@code pages} gives each document's first page in a PDF, else null. */
    void front(ReportRows.Header h, Map<Long, Integer> pages) throws IOException {
        this.header = h;
        cover(h);
        toc(h, pages);
        summary(h);
    }

    /** Closes the page without the report's closing line: for the parts of a PDF. */
    void finish() throws IOException {
        out.write("</body></html>\n");
        out.flush();
    }

    private void cover(ReportRows.Header h) throws IOException {
        out.write("<section class=\"cover\"><p class=\"kicker\">Fact-check report</p><h1>" + escape(h.project()) + "</h1>");
        if (!h.description().isBlank()) {
            out.write("<p class=\"lede\">" + escape(h.description()) + "</p>");
        }
        out.write("<dl>");
        item("Scope", h.scope());
        item("Sources dated", h.firstDate() == null ? "undated"
                : DAY.format(h.firstDate()) + (h.lastDate().equals(h.firstDate()) ? "" : " – " + DAY.format(h.lastDate())));
        item("Sources and claims", h.documents() + (h.documents() == 1 ? " source, " : " sources, ") + h.claims()
                + (h.claims() == 1 ? " claim" : " claims"));
        item("Editors", h.editors().isEmpty() ? "nobody yet" : String.join(", ", h.editors()));
        item("Generated", WHEN.format(h.generatedAt()) + " by " + h.generatedBy());
        out.write("</dl></section>");
    }

    private void toc(ReportRows.Header h, Map<Long, Integer> pages) throws IOException {
        out.write("<nav class=\"toc\"><h2>Contents</h2><ol><li><a href=\"#summary\">Summary</a></li>");
        for (var entry : h.toc()) {
            // in a PDF each source is a part of its own: the link goes to it by name, resolved when the parts are merged
            String href = (pages == null ? "#" : PdfRenderer.PART) + PdfReportWriter.anchor(entry.documentId());
            out.write("<li><a href=\"" + href + "\">" + escape(entry.title()) + "</a>"
                    + " <span class=\"muted\">(" + entry.claims() + (entry.claims() == 1 ? " claim" : " claims") + ")</span>"
                    + (pages == null ? "" : " <a class=\"page\" href=\"" + href + "\">page "
                            + pages.get(entry.documentId()) + "</a>")
                    + "</li>");
        }
        out.write("</ol></nav>");
    }

    private void summary(ReportRows.Header h) throws IOException {
        out.write("<section id=\"summary\" class=\"summary\"><h2>Summary</h2><div class=\"tables\">");
        out.write("<table><caption>By verdict</caption>");
        for (var c : h.byVerdict()) {
            out.write("<tr><td>" + badge(c.label(), c.color()) + "</td><td class=\"n\">" + c.count() + "</td></tr>");
        }
        out.write("</table><table><caption>By status</caption>");
        for (var c : h.byStatus()) {
            out.write("<tr><td>" + escape(c.label()) + "</td><td class=\"n\">" + c.count() + "</td></tr>");
        }
        out.write("</table></div>");
        if (!h.byOutlet().isEmpty()) {
            var verdicts = h.byVerdict().stream().map(ReportRows.Count::label).toList();
            out.write("<table class=\"outlets\"><caption>Per outlet</caption><tr><th>Outlet</th>");
            for (String verdict : verdicts) {
                out.write("<th>" + escape(verdict) + "</th>");
            }
            out.write("<th>All</th></tr>");
            for (var entry : h.byOutlet().entrySet()) {
                out.write("<tr><td>" + escape(entry.getKey()) + "</td>");
                for (String verdict : verdicts) {
                    int n = entry.getValue().stream().filter(c -> c.label().equals(verdict))
                            .mapToInt(ReportRows.Count::count).sum();
                    out.write("<td class=\"n\">" + (n == 0 ? "" : n) + "</td>");
                }
                out.write("<td class=\"n\">" + entry.getValue().stream().mapToInt(ReportRows.Count::count).sum()
                        + "</td></tr>");
            }
            out.write("</table>");
        }
        out.write("<div class=\"charts\">");
        var titles = ReportCharts.titles();
        for (int i = 0; i < h.charts().size(); i++) {
            out.write("<figure><figcaption>" + escape(titles.get(i)) + "</figcaption>" + h.charts().get(i) + "</figure>");
        }
        out.write("</div></section>");
    }

    @Override
    public void document(ReportRows.Document d, List<ReportRows.Claim> claims) throws IOException {
        out.write("<section class=\"document\" id=\"" + PdfReportWriter.anchor(d.id()) + "\"><h2>" + escape(d.title()) + "</h2><p class=\"meta\">");
        var meta = new java.util.ArrayList<String>();
        if (d.outlet() != null) {
            meta.add(escape(d.outlet()));
        }
        if (d.author() != null) {
            meta.add("by " + escape(d.author()));
        }
        if (d.publishedOn() != null) {
            meta.add(DAY.format(d.publishedOn()));
        }
        meta.add("version " + d.version());
        out.write(String.join(" · ", meta));
        if (d.url() != null) {
            // only a web address becomes a link; anything else (javascript:, data:) is shown as text
            String web = org.factdesk.base.WebAddress.orNull(d.url());
            out.write("<br />" + (web == null ? escape(d.url())
                    : "<a href=\"" + escape(web) + "\">" + escape(web) + "</a>"));
        }
        out.write("</p>");
        int first = number + 1;
        text(d, claims, first);
        if (claims.isEmpty()) {
            out.write("<p class=\"muted\">No claims in this report's scope.</p>");
        } else {
            out.write("<ol class=\"claims\" start=\"" + first + "\">");
            for (var claim : claims) {
                claim(claim);
            }
            out.write("</ol>");
        }
        out.write("</section>");
        out.flush();
    }

    /** The source text by its parts, each claim marked where it stands and numbered as in the list below it. */
    private void text(ReportRows.Document d, List<ReportRows.Claim> claims, int first) throws IOException {
        var numbers = new java.util.HashMap<Long, Integer>();
        for (int i = 0; i < claims.size(); i++) {
            numbers.put(claims.get(i).id(), first + i);
        }
        out.write(SourceTextHtml.html(d, claims, numbers));
    }

    private void claim(ReportRows.Claim c) throws IOException {
        number++;
        // the number is the head's own, not the list's marker, so that it moves to the next page with the head
        out.write("<li id=\"claim-" + c.id() + "\" class=\"claim-item\"><div class=\"claim-head\">"
                + "<p><b class=\"number\">" + number + ".</b> "
                + (c.verdict() == null ? badge("No verdict", "#bdbdbd") : badge(c.verdict(), c.verdictColor()))
                + " <span class=\"status\">" + escape(ClaimStatus.valueOf(c.status()).label()) + "</span></p>");
        out.write("<blockquote>" + escape(c.quote()) + "</blockquote><p class=\"meta\">");
        var meta = new java.util.ArrayList<String>();
        if (c.claimant() != null) {
            meta.add("Claimant: " + escape(c.claimant()));
        }
        if (c.claimDate() != null) {
            meta.add("Claim date: " + DAY.format(c.claimDate()));
        }
        if (c.verdictBy() != null) {
            meta.add("Verdict by " + escape(c.verdictBy()));
        }
        if (c.publishedBy() != null) {
            meta.add("Published by " + escape(c.publishedBy()));
        }
        if (c.assignee() != null) {
            meta.add("Assigned to " + escape(c.assignee()));
        }
        if (!c.tags().isEmpty()) {
            meta.add("Tags: " + escape(String.join(", ", c.tags())));
        }
        out.write(String.join(" · ", meta) + "</p></div>");
        if (header.options().rationale() && !c.rationale().isBlank()) {
            out.write("<div class=\"rationale\">" + SafeMarkdown.html(c.rationale()) + "</div>");
        }
        if (header.options().evidence() && !c.evidence().isEmpty()) {
            out.write("<ul class=\"evidence\">");
            for (var e : c.evidence()) {
                out.write("<li><span class=\"relation\">" + escape(e.relation().toLowerCase(Locale.ROOT)) + "</span> ");
                if (e.url() != null && org.factdesk.base.WebAddress.isWeb(e.url())) {
                    out.write("<a href=\"" + escape(e.url()) + "\">" + escape(e.title() == null ? e.url() : e.title()) + "</a>");
                    if (org.factdesk.base.WebAddress.isWeb(e.archivedUrl())) {
                        out.write(" (<a href=\"" + escape(e.archivedUrl()) + "\">archived</a>)");
                    }
                } else if (e.url() != null) {
                    out.write(escape(e.title() == null ? e.url() : e.title() + " (" + e.url() + ")"));
                } else if (e.documentTitle() != null) {
                    out.write("source: " + escape(e.documentTitle()));
                } else if (e.otherClaimQuote() != null) {
                    out.write("claim: “" + escape(e.otherClaimQuote()) + "”");
                }
                if (e.note() != null && !e.note().isBlank()) {
                    out.write(" — " + escape(e.note()));
                }
                out.write("</li>");
            }
            out.write("</ul>");
        }
        if (header.options().comments() && !c.comments().isEmpty()) {
            out.write("<div class=\"comments\"><p class=\"label\">Discussion</p>");
            for (var m : c.comments()) {
                out.write("<p class=\"" + (m.parentId() == null ? "comment" : "comment reply") + "\"><b>" + escape(m.author())
                        + "</b> <span class=\"muted\">" + WHEN.format(m.at()) + (m.resolved() ? " · resolved" : "")
                        + "</span><br />" + escape(m.body()) + "</p>");
            }
            out.write("</div>");
        }
        if (header.options().history() && !c.history().isEmpty()) {
            var last = c.history().getLast();
            out.write("<p class=\"history muted\">" + c.history().size() + (c.history().size() == 1 ? " change" : " changes")
                    + "; last: " + escape(last.action()) + " by " + escape(last.actor() == null ? "the system" : last.actor())
                    + ", " + WHEN.format(last.at()) + "</p>");
        }
        out.write("</li>");
    }

    @Override
    public void end() throws IOException {
        out.write("<footer class=\"muted\">Made with Factdesk · " + escape(header.project()) + " · "
                + WHEN.format(header.generatedAt()) + "</footer>");
        finish();
    }

    private void item(String term, String value) throws IOException {
        out.write("<dt>" + escape(term) + "</dt><dd>" + escape(value) + "</dd>");
    }

    private static String badge(String label, String color) {
        return "<span class=\"badge\" style=\"background:" + escape(color) + "\">" + escape(label) + "</span>";
    }

    private String css() {
        String page = forPdf ? """
                @page { size: A4; margin: 20mm 18mm 22mm 18mm; }
                .toc { margin-top: 2.5em; }
                .toc a { color: inherit; text-decoration: none; } .toc .page { color: #666; }
                body { font-family: 'DejaVu Sans', 'Factdesk Fallback', sans-serif; font-size: 10pt; }
                svg { width: 100%; }
                """ : """
                body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif;
                       max-width: 52rem; margin: 2rem auto; padding: 0 1rem; font-size: 16px; }
                @media print { .document { page-break-before: always; } a { color: inherit; } }
                """;
        return page + """
                body { color: #1d1d1b; line-height: 1.45; }
                h1 { font-size: 2em; margin: 0.2em 0; } h2 { border-bottom: 2px solid #1d1d1b; padding-bottom: 0.2em; }
                .kicker { text-transform: uppercase; letter-spacing: 0.1em; color: #b3261e; font-weight: bold; margin: 0; }
                .cover dl { display: block; } .cover dt { font-weight: bold; margin-top: 0.6em; } .cover dd { margin: 0; }
                .lede { font-size: 1.15em; color: #444; }
                .muted { color: #666; }
                table { border-collapse: collapse; margin: 0.5em 1.5em 1em 0; }
                .tables table { display: inline-table; vertical-align: top; }
                caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
                td, th { border-bottom: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; }
                td.n { text-align: right; }
                .badge { display: inline-block; color: #fff; border-radius: 3px; padding: 0.05em 0.5em; font-weight: bold;
                         font-size: 0.85em; }
                .status { color: #555; font-size: 0.85em; }
                .charts figure { margin: 1em 0; page-break-inside: avoid; }
                figcaption { font-weight: bold; margin-bottom: 0.3em; }
                .meta { color: #555; font-size: 0.9em; word-wrap: break-word; }
                .text { border-left: 3px solid #eee; padding-left: 0.8em; margin: 1em 0; }
                .text p { white-space: pre-wrap; margin: 0 0 0.6em 0; }
                .text p.infobox-field, .text p.list-item, .text p.navigation { margin: 0 0 0.15em 0; }
                .text h3, .text h4, .text h5, .text h6 { margin: 0.9em 0 0.4em 0; }
                .text h3 { font-size: 1.2em; } .text h4 { font-size: 1.1em; } .text h5, .text h6 { font-size: 1em; }
                .text h6 { font-style: italic; }
                mark.claim, mark.claim-more { background: #fff3b0; border-bottom: 2px solid; padding: 0 1px; }
                mark .ref { font-size: 0.7em; vertical-align: super; font-weight: bold; text-decoration: none;
                            color: #b3261e; margin-right: 2px; }
                ol.claims { list-style: none; padding-left: 1em; } ol.claims > li { margin-bottom: 1.2em; }
                /* only a claim's head keeps together: a whole entry kept together leaves most of a page blank
                   before a long one; and no forced page breaks, which leave the rest of a short page blank */
                .claim-head { page-break-inside: avoid; }
                h2, h3, h4, h5, h6, caption, figcaption { page-break-after: avoid; }
                blockquote { margin: 0.3em 0; padding-left: 0.8em; border-left: 3px solid #ccc; font-style: italic; }
                .rationale { margin: 0.3em 0; } .evidence { margin: 0.3em 0; font-size: 0.92em; }
                .relation { text-transform: uppercase; font-size: 0.75em; font-weight: bold; color: #555; }
                .comments { font-size: 0.9em; background: #f7f7f5; padding: 0.3em 0.8em; }
                .comment.reply { margin-left: 1.5em; } .label { font-weight: bold; margin: 0.3em 0; }
                footer { margin-top: 3em; font-size: 0.85em; }
                """;
    }
}
