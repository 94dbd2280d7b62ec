package org.factdesk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.base.SafeMarkdown;
import org.factdesk.base.WebAddress;

/**
 * The annotated report as one standalone, printable file with its CSS inline, from the templates in
 * {@code templates/report/} (see {@link ReportTemplates}): every text from a source or an editor goes in
 * escaped. The markup is well-formed XHTML, because the PDF report is this file, rendered. What the templates
 * get is ready to print: texts worded, dates formatted, options applied.
 */
final class HtmlReportWriter implements ReportWriter {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** Where the page template leaves room for the sections, which stream in between its two halves. */
    private static final String SECTIONS = "<!--sections-->";

    record TocLine(String href, String title, String claims, Integer page) {
    }

    record OutletRow(String outlet, List<Integer> counts, int total) {
    }

    record Chart(String title, String svg) {
    }

    /** A claim as the report prints it; what the options leave out is empty or null. */
    record ClaimItem(long id, int number, String verdict, String color, String status, String quote, String meta,
                     String rationale, List<EvidenceLine> evidence, List<CommentLine> comments, String history) {
    }

    /** A link when the evidence is a web address, else text; {@code archived} only beside a link. */
    record EvidenceLine(String relation, String link, String text, String archived, String note) {
    }

    record CommentLine(boolean reply, String author, String when, String body) {
    }

    /** A conflict between two sources as "Where the sources disagree" lists it: both quotes, and what differs. */
    record ConflictItem(String state, String score, Side a, Side b, List<DifferenceRow> differences, String reasons) {
    }

    record Side(String quote, String source) {
    }

    record DifferenceRow(String kind, String a, String b) {
    }

    /** An agreement round as the report prints it: its figures in words and numbers, a heatmap per pair. */
    record RoundItem(String title, String about, List<FigureLine> figures, List<PairMap> pairs) {
    }

    record FigureLine(String name, String value) {
    }

    record PairMap(String caption, String svg) {
    }

    private final Writer out;
    private final boolean forPdf;
    private ReportRows.Header header;
    private int number;
    private String tail = "";

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

    /**
     * The page up to the body's sections, with PDF bookmarks (name to fragment) when the file becomes a PDF; the
     * rest of the page waits for {@link #finish()}.
     */
    void head(String title, Map<String, String> bookmarks) throws IOException {
        var variables = new HashMap<String, Object>();
        variables.put("title", title);
        variables.put("forPdf", forPdf);
        variables.put("bookmarks", bookmarks);
        if (!forPdf) {
            variables.put("project", header.project());
            variables.put("generated", WHEN.format(header.generatedAt()));
        }
        String page = ReportTemplates.render("page", variables);
        int sections = page.indexOf(SECTIONS);
        out.write(page, 0, sections);
        tail = page.substring(sections + SECTIONS.length());
    }

    /** Cover, contents and summary; {@code pages} gives each document's first page in a PDF, else null. */
    void front(ReportRows.Header h, Map<Long, Integer> pages) throws IOException {
        this.header = h;
        var toc = h.toc().stream().map(entry -> new TocLine(
                // in a PDF each source is a part of its own: the link goes to it by name, resolved when the parts are merged
                (pages == null ? "#" : PdfRenderer.PART) + PdfReportWriter.anchor(entry.documentId()), entry.title(),
                entry.claims() + (entry.claims() == 1 ? " claim" : " claims"),
                pages == null ? null : pages.get(entry.documentId()))).toList();
        var outlets = h.byOutlet().entrySet().stream().map(entry -> new OutletRow(entry.getKey(),
                h.byVerdict().stream().map(verdict -> entry.getValue().stream()
                        .filter(c -> c.label().equals(verdict.label())).mapToInt(ReportRows.Count::count).sum()).toList(),
                entry.getValue().stream().mapToInt(ReportRows.Count::count).sum())).toList();
        var titles = ReportCharts.titles();
        var charts = new ArrayList<Chart>();
        for (int i = 0; i < h.charts().size(); i++) {
            charts.add(new Chart(titles.get(i), h.charts().get(i)));
        }
        var conflicts = h.conflicts().stream().map(HtmlReportWriter::conflict).toList();
        int moreConflicts = h.conflictsTotal() - conflicts.size();
        ReportTemplates.render("front", Map.ofEntries(Map.entry("h", h), Map.entry("conflicts", conflicts),
                Map.entry("moreConflicts", moreConflicts <= 0 ? "" : "… and " + String.format(Locale.ENGLISH, "%,d",
                        moreConflicts) + " more; the links export (CSV) lists every one."),
                Map.entry("dated", h.firstDate() == null ? "undated" : DAY.format(h.firstDate())
                        + (h.lastDate().equals(h.firstDate()) ? "" : " – " + DAY.format(h.lastDate()))),
                Map.entry("sizes", h.documents() + (h.documents() == 1 ? " source, " : " sources, ") + h.claims()
                        + (h.claims() == 1 ? " claim" : " claims")),
                Map.entry("editors", h.editors().isEmpty() ? "nobody yet" : String.join(", ", h.editors())),
                Map.entry("generated", WHEN.format(h.generatedAt()) + " by " + h.generatedBy()),
                Map.entry("toc", toc), Map.entry("outlets", outlets), Map.entry("charts", charts),
                Map.entry("timeline", h.timeline() == null ? List.of() : h.timeline().periods()),
                Map.entry("timelineEvents", h.timeline() == null ? "" : h.timeline().timeline().events().size()
                        + (h.timeline().timeline().events().size() == 1 ? " event" : " events")),
                Map.entry("rounds", h.rounds() == null ? List.of() : h.rounds().stream().map(HtmlReportWriter::round).toList()),
                Map.entry("roundsCount", h.rounds() == null ? "" : h.rounds().size()
                        + (h.rounds().size() == 1 ? " round" : " rounds"))), out);
    }

    private static RoundItem round(org.factdesk.agreement.RoundReport r) {
        var f = r.figures();
        var d = r.round().data();
        var figures = new ArrayList<FigureLine>();
        figures.add(new FigureLine("Claims judged by every reviewer (n)", f.n() + (f.leftOut() == 0 ? ""
                : " (" + f.leftOut() + " left out)")));
        figures.add(new FigureLine("Percent agreement", f.percentAgreement() == null ? "–"
                : String.format(Locale.ENGLISH, "%.1f %%", f.percentAgreement() * 100)));
        if (d.reviewers().size() == 2) {
            figures.add(new FigureLine("Cohen's kappa", coefficient(f.cohensKappa())));
        }
        figures.add(new FigureLine("Fleiss' kappa", coefficient(f.fleissKappa())));
        figures.add(new FigureLine("Krippendorff's alpha, nominal", coefficient(f.krippendorffAlphaNominal())));
        figures.add(new FigureLine("Krippendorff's alpha, ordinal (n = " + f.ordinalN() + ")",
                coefficient(f.krippendorffAlphaOrdinal())));
        figures.add(new FigureLine("Gwet's AC1", coefficient(f.gwetAc1())));
        var pairs = r.pairs().stream().map(p -> new PairMap(p.aName() + " against " + p.bName() + " · n = " + p.n()
                + " · Cohen's kappa " + coefficient(p.cohensKappa()), org.factdesk.base.SvgCharts.heatmap(
                p.aName() + " against " + p.bName(), p.aName(), p.bName(), p.labels(), p.labels(), p.confusion())))
                .toList();
        return new RoundItem(d.name() + " · " + d.state().name().toLowerCase(Locale.ROOT),
                d.reviewers().size() + " reviewers · " + d.claims().size() + " claims · started "
                        + WHEN.format(d.createdAt()) + (d.closedAt() == null ? "" : " · closed " + WHEN.format(d.closedAt())),
                figures, pairs);
    }

    private static String coefficient(Double value) {
        return value == null ? "– (not defined)" : String.format(Locale.ENGLISH, "%.3f", value);
    }

    private static ConflictItem conflict(ReportRows.LinkPair l) {
        return new ConflictItem(l.state().equals("CONFIRMED") ? "Confirmed by an editor" : "Suggested by Factdesk",
                "score " + l.score(), side(l.a()), side(l.b()),
                l.differences().stream().map(d -> new DifferenceRow(d.kind().toLowerCase(Locale.ROOT), d.thisSide(),
                        d.otherSide())).toList(), String.join(" · ", l.reasons()));
    }

    private static Side side(ReportRows.LinkEnd end) {
        String outlet = end.outlet() == null || end.outlet().isBlank() ? null : end.outlet();
        return new Side(end.quote(), outlet == null ? end.documentTitle() : outlet + " · " + end.documentTitle());
    }

    /** The rest of the page, after its sections; the HTML report's closing line is in it, a PDF part has none. */
    void finish() throws IOException {
        out.write(tail);
        out.flush();
    }

    @Override
    public void document(ReportRows.Document d, List<ReportRows.Claim> claims) throws IOException {
        var meta = new ArrayList<String>();
        if (d.outlet() != null) {
            meta.add(d.outlet());
        }
        if (d.author() != null) {
            meta.add("by " + d.author());
        }
        if (d.publishedOn() != null) {
            meta.add(DAY.format(d.publishedOn()));
        }
        meta.add("version " + d.version());
        int first = number + 1;
        var numbers = new HashMap<Long, Integer>();
        var items = new ArrayList<ClaimItem>();
        for (var claim : claims) {
            number++;
            numbers.put(claim.id(), number);
            items.add(item(claim));
        }
        var variables = new HashMap<String, Object>();
        variables.put("d", d);
        variables.put("anchor", PdfReportWriter.anchor(d.id()));
        variables.put("meta", String.join(" · ", meta));
        // only a web address becomes a link; anything else (javascript:, data:) is shown as text
        variables.put("web", d.url() == null ? null : WebAddress.orNull(d.url()));
        variables.put("text", SourceTextParts.of(d, claims, numbers));
        variables.put("first", first);
        variables.put("claims", items);
        ReportTemplates.render("source", variables, out);
        out.flush();
    }

    private ClaimItem item(ReportRows.Claim c) {
        var meta = new ArrayList<String>();
        if (c.claimant() != null) {
            meta.add("Claimant: " + c.claimant());
        }
        if (c.claimDate() != null) {
            meta.add("Claim date: " + DAY.format(c.claimDate()));
        }
        if (c.verdictBy() != null) {
            meta.add("Verdict by " + c.verdictBy());
        }
        if (c.publishedBy() != null) {
            meta.add("Published by " + c.publishedBy());
        }
        if (c.assignee() != null) {
            meta.add("Assigned to " + c.assignee());
        }
        if (!c.tags().isEmpty()) {
            meta.add("Tags: " + String.join(", ", c.tags()));
        }
        var options = header.options();
        String history = null;
        if (options.history() && !c.history().isEmpty()) {
            var last = c.history().getLast();
            history = c.history().size() + (c.history().size() == 1 ? " change" : " changes") + "; last: "
                    + last.action() + " by " + (last.actor() == null ? "the system" : last.actor()) + ", "
                    + WHEN.format(last.at());
        }
        return new ClaimItem(c.id(), number, c.verdict() == null ? "No verdict" : c.verdict(),
                c.verdict() == null ? "#bdbdbd" : c.verdictColor(), c.status().label(), c.quote(),
                String.join(" · ", meta),
                options.rationale() && !c.rationale().isBlank() ? SafeMarkdown.html(c.rationale()) : null,
                options.evidence() ? c.evidence().stream().map(HtmlReportWriter::evidence).toList() : List.of(),
                options.comments() ? c.comments().stream().map(m -> new CommentLine(m.parentId() != null, m.author(),
                        WHEN.format(m.at()) + (m.resolved() ? " · resolved" : ""), m.body())).toList() : List.of(),
                history);
    }

    private static EvidenceLine evidence(ReportRows.Evidence e) {
        String relation = e.relation().toLowerCase(Locale.ROOT);
        String note = e.note() == null || e.note().isBlank() ? null : e.note();
        if (e.url() != null && WebAddress.isWeb(e.url())) {
            return new EvidenceLine(relation, e.url(), e.title() == null ? e.url() : e.title(),
                    WebAddress.isWeb(e.archivedUrl()) ? e.archivedUrl() : null, note);
        }
        String text = e.url() != null ? (e.title() == null ? e.url() : e.title() + " (" + e.url() + ")")
                : e.documentTitle() != null ? "source: " + e.documentTitle()
                : e.otherClaimQuote() != null ? "claim: “" + e.otherClaimQuote() + "”" : "";
        return new EvidenceLine(relation, null, text, null, note);
    }

    @Override
    public void end() throws IOException {
        finish();
    }
}
