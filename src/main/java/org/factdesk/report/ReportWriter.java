package org.factdesk.report;

import java.io.IOException;
import java.util.List;

/** Writes one format as the report streams past: the header, then each document with its claims, then the end. */
interface ReportWriter {

    void begin(ReportRows.Header header) throws IOException;

    void document(ReportRows.Document document, List<ReportRows.Claim> claims) throws IOException;

    void end() throws IOException;
}
