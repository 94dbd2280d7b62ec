package org.factdesk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One row per claim, RFC 4180, UTF-8; the columns are listed in the README. */
final class CsvReportWriter implements ReportWriter {

    static final List<String> COLUMNS = List.of("claim_id", "document_id", "document_title", "outlet", "author",
            "published_on", "source_url", "quote", "start", "end", "status", "verdict", "verdict_value", "claimant",
            "claim_date", "claim_reviewed", "rationale", "evidence", "tags", "assignee", "verdict_by", "score",
            "created_at", "modified_at", "published_at", "published_by");

    private final OutputStream raw;
    private final ExportOptions options;
    private CSVPrinter csv;

    CsvReportWriter(OutputStream out, ExportOptions options) {
        this.raw = out;
        this.options = options;
    }

    @Override
    public void begin(ReportRows.Header header) throws IOException {
        csv = printer(raw, options, COLUMNS);
    }

    /** RFC 4180 in UTF-8 with these columns as its header, after a byte-order mark if the options ask for one. */
    static CSVPrinter printer(OutputStream raw, ExportOptions options, List<String> columns) throws IOException {
        var writer = new OutputStreamWriter(raw, StandardCharsets.UTF_8);
        if (options.csvBom()) {
            writer.write('\uFEFF');
        }
        return new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
    }

    @Override
    public void document(ReportRows.Document d, List<ReportRows.Claim> claims) throws IOException {
        for (var c : claims) {
            var row = new ArrayList<Object>(COLUMNS.size());
            row.add(c.id());
            row.add(d.id());
            row.add(d.title());
            row.add(d.outlet());
            row.add(d.author());
            row.add(d.publishedOn());
            row.add(d.url());
            row.add(c.quote());
            row.add(c.start());
            row.add(c.end());
            row.add(c.status().name());
            row.add(c.verdict());
            row.add(c.verdictValue());
            row.add(c.claimant());
            row.add(c.claimDate());
            row.add(c.claimReviewed());
            row.add(options.rationale() ? c.rationale() : null);
            row.add(options.evidence() ? c.evidence().stream().map(CsvReportWriter::evidence)
                    .collect(Collectors.joining("\n")) : null);
            row.add(String.join(", ", c.tags()));
            row.add(c.assignee());
            row.add(c.verdictBy());
            row.add(c.score());
            row.add(time(c.createdAt()));
            row.add(time(c.modifiedAt()));
            row.add(time(c.publishedAt()));
            row.add(c.publishedBy());
            csv.printRecord(row.stream().map(CsvReportWriter::inert).toList());
        }
        csv.flush();
    }

    /**
     * A text cell that a spreadsheet would read as a formula (=, +, -, @, tab, carriage return first) gets a leading
     * apostrophe, as OWASP advises against CSV injection; numbers stay numbers.
     */
    static Object inert(Object cell) {
        if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell;
    }

    private static String evidence(ReportRows.Evidence e) {
        String target = e.url() != null ? e.url() : e.documentTitle() != null ? "source: " + e.documentTitle()
                : "claim: " + e.otherClaimQuote();
        return e.relation().toLowerCase(java.util.Locale.ROOT) + ": " + target;
    }

    private static String time(Instant at) {
        return at == null ? null : at.toString();
    }

    @Override
    public void end() throws IOException {
        csv.flush();
    }
}
