package org.factdesk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;

/**
 * The links export: one row per link between two claims of different sources, RFC 4180, UTF-8, text cells made
 * inert as in {@link CsvReportWriter}. Differences are told from claim a's side, one a line: "figure: 11 injured ↔
 * at least 14 injured"; reasons one a line.
 */
final class CsvLinksWriter {

    static final List<String> COLUMNS = List.of("link_id", "relation", "state", "score", "claim_a_id",
            "document_a_id", "document_a_title", "outlet_a", "quote_a", "claim_b_id", "document_b_id",
            "document_b_title", "outlet_b", "quote_b", "differences", "reasons", "decided_by", "decided_at");

    private final OutputStream raw;
    private final ExportOptions options;
    private CSVPrinter csv;

    CsvLinksWriter(OutputStream out, ExportOptions options) {
        this.raw = out;
        this.options = options;
    }

    void begin() throws IOException {
        csv = CsvReportWriter.printer(raw, options, COLUMNS);
    }

    void link(ReportRows.LinkPair l) {
        var row = new ArrayList<Object>(COLUMNS.size());
        row.add(l.id());
        row.add(l.relation());
        row.add(l.state());
        row.add(l.score());
        end(row, l.a());
        end(row, l.b());
        row.add(l.differences().stream().map(ReportRows.Difference::toString).collect(Collectors.joining("\n")));
        row.add(String.join("\n", l.reasons()));
        row.add(l.decidedBy());
        row.add(l.decidedAt() == null ? null : l.decidedAt().toString());
        try {
            csv.printRecord(row.stream().map(CsvReportWriter::inert).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void end(List<Object> row, ReportRows.LinkEnd end) {
        row.add(end.claimId());
        row.add(end.documentId());
        row.add(end.documentTitle());
        row.add(end.outlet());
        row.add(end.quote());
    }

    void end() throws IOException {
        csv.flush();
    }
}
