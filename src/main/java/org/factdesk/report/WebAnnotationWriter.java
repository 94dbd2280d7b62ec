package org.factdesk.report;

import java.io.OutputStream;
import java.util.List;

/**
 * A W3C Web Annotation collection: an {@code AnnotationCollection} whose pages follow each other through
 * {@code next}, each claim an {@code Annotation} that assesses a quote in its source with the verdict and
 * comments with the rationale. Positions count Unicode code points, as the model asks. Every annotation
 * repeats the context, so that each one stands on its own when taken out of the collection.
 */
final class WebAnnotationWriter implements ReportWriter {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final int PAGE_SIZE = 1_000;

    private final JsonOut out;
    private ReportRows.Header header;
    private String collectionId;
    private int written;
    private int pagesOpen;

    WebAnnotationWriter(OutputStream out) {
        this.out = new JsonOut(out);
    }

    @Override
    public void begin(ReportRows.Header h) {
        this.header = h;
        collectionId = "urn:factdesk:project:" + h.projectId() + ":annotations";
        int pages = Math.max(1, (h.claims() + PAGE_SIZE - 1) / PAGE_SIZE);
        var json = out.json;
        json.writeStartObject();
        out.text("@context", CONTEXT);
        out.text("id", collectionId);
        out.text("type", "AnnotationCollection");
        out.text("label", h.project() + " · fact-check annotations");
        out.number("total", h.claims());
        out.text("last", page(pages));
        json.writeName("first");
        openPage(1);
    }

    private String page(int number) {
        return collectionId + ":page:" + number;
    }

    private void openPage(int number) {
        var json = out.json;
        json.writeStartObject();
        out.text("id", page(number));
        out.text("type", "AnnotationPage");
        out.text("partOf", collectionId);
        out.number("startIndex", (number - 1) * PAGE_SIZE);
        json.writeArrayPropertyStart("items");
        pagesOpen++;
    }

    @Override
    public void document(ReportRows.Document d, List<ReportRows.Claim> claims) {
        for (var c : claims) {
            if (written > 0 && written % PAGE_SIZE == 0) {
                out.json.writeEndArray();
                out.json.writeName("next");
                openPage(written / PAGE_SIZE + 1);
            }
            annotation(d, c);
            written++;
        }
        out.flush();
    }

    private void annotation(ReportRows.Document d, ReportRows.Claim c) {
        var json = out.json;
        json.writeStartObject();
        out.text("@context", CONTEXT);
        out.text("id", "urn:factdesk:project:" + header.projectId() + ":claim:" + c.id());
        out.text("type", "Annotation");
        out.text("motivation", "assessing");
        json.writeArrayPropertyStart("body");
        json.writeStartObject();
        out.text("type", "TextualBody");
        out.text("purpose", "assessing");
        out.text("value", c.verdict() == null ? "No verdict yet" : c.verdict());
        out.text("format", "text/plain");
        out.text("language", "en");
        json.writeEndObject();
        if (header.options().rationale() && !c.rationale().isBlank()) {
            json.writeStartObject();
            out.text("type", "TextualBody");
            out.text("purpose", "commenting");
            out.text("value", c.rationale());
            out.text("format", "text/markdown");
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeObjectPropertyStart("target");
        out.text("type", "SpecificResource");
        out.text("source", org.factdesk.base.WebAddress.isWeb(d.url()) ? d.url()
                : "urn:factdesk:project:" + header.projectId() + ":document:" + d.id() + ":version:" + d.version());
        json.writeArrayPropertyStart("selector");
        json.writeStartObject();
        out.text("type", "TextQuoteSelector");
        out.text("exact", c.quote());
        out.text("prefix", c.prefix());
        out.text("suffix", c.suffix());
        json.writeEndObject();
        if (c.documentVersion() == d.version() && c.end() <= d.text().length()) {
            json.writeStartObject();
            out.text("type", "TextPositionSelector");
            out.number("start", d.text().codePointCount(0, c.start()));
            out.number("end", d.text().codePointCount(0, c.end()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        String creator = c.verdictBy() != null ? c.verdictBy() : c.createdBy();
        if (creator != null) {
            json.writeObjectPropertyStart("creator");
            out.text("type", "Person");
            out.text("name", creator);
            json.writeEndObject();
        }
        out.text("created", iso(c.createdAt()));
        out.text("modified", iso(c.modifiedAt() == null ? c.createdAt() : c.modifiedAt()));
        json.writeObjectPropertyStart("generator");
        out.text("type", "Software");
        out.text("name", "Factdesk");
        json.writeEndObject();
        json.writeEndObject();
    }

    /** xsd:dateTime in UTC, to the second, as the model's examples write it. */
    private static String iso(java.time.Instant at) {
        return at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    @Override
    public void end() {
        var json = out.json;
        json.writeEndArray();
        for (int page = 0; page < pagesOpen; page++) {
            json.writeEndObject();
        }
        json.writeEndObject();
        out.flush();
    }
}
