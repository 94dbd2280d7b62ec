package org.factdesk.report;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A W3C Web Annotation collection: an {@code AnnotationCollection} whose pages follow each other through
 * {@code next}, each claim an {@code Annotation} that assesses a quote in its source with the verdict and
 * comments with the rationale. Positions count Unicode code points, as the model asks. Every annotation
 * repeats the context, so that each one stands on its own when taken out of the collection.
 * <p>
 * After the claims come their links to claims of other sources that no editor rejected: each an annotation with
 * motivation {@code linking} whose two targets are the claims' quotes, with the same selectors as the claims' own
 * annotations (the position only where it is known: for a claim of this export, in its document's current text).
 */
final class WebAnnotationWriter implements ReportWriter {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final int PAGE_SIZE = 1_000;

    /** The links to write after the claims: counted first, for the collection's total, then streamed. */
    interface Links {
        int count();

        void each(Consumer<ReportRows.LinkPair> each);
    }

    private final JsonOut out;
    private final Links links;
    /** Each written claim's position in its document's current text, in code points: start and end in one long. */
    private final Map<Long, Long> positions = new HashMap<>();
    private ReportRows.Header header;
    private String collectionId;
    private int written;
    private int pagesOpen;

    WebAnnotationWriter(OutputStream out, Links links) {
        this.out = new JsonOut(out);
        this.links = links;
    }

    @Override
    public void begin(ReportRows.Header h) {
        this.header = h;
        collectionId = "urn:factdesk:project:" + h.projectId() + ":annotations";
        int total = h.claims() + links.count();
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        var json = out.json;
        json.writeStartObject();
        out.text("@context", CONTEXT);
        out.text("id", collectionId);
        out.text("type", "AnnotationCollection");
        out.text("label", h.project() + " · fact-check annotations");
        out.number("total", total);
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
            nextItem();
            annotation(d, c);
            written++;
        }
        out.flush();
    }

    /** Opens the next page when this one is full. */
    private void nextItem() {
        if (written > 0 && written % PAGE_SIZE == 0) {
            out.json.writeEndArray();
            out.json.writeName("next");
            openPage(written / PAGE_SIZE + 1);
        }
    }

    private String source(String url, long documentId, int version) {
        return org.factdesk.base.WebAddress.isWeb(url) ? url
                : "urn:factdesk:project:" + header.projectId() + ":document:" + documentId + ":version:" + version;
    }

    private void annotation(ReportRows.Document d, ReportRows.Claim c) {
        var json = out.json;
        open("claim", c.id(), "assessing");
        body("assessing", c.verdict() == null ? "No verdict yet" : c.verdict(), "text/plain", "en");
        if (header.options().rationale() && !c.rationale().isBlank()) {
            body("commenting", c.rationale(), "text/markdown", null);
        }
        json.writeEndArray();
        json.writeObjectPropertyStart("target");
        out.text("type", "SpecificResource");
        out.text("source", source(d.url(), d.id(), d.version()));
        Long position = null;
        if (c.documentVersion() == d.version() && c.end() <= d.text().length()) {
            position = ((long) d.text().codePointCount(0, c.start()) << 32) | d.text().codePointCount(0, c.end());
            positions.put(c.id(), position);
        }
        selectors(c.quote(), c.prefix(), c.suffix(), position);
        json.writeEndObject();
        close(c.verdictBy() != null ? c.verdictBy() : c.createdBy(), c.createdAt(), c.modifiedAt());
    }

    /** An annotation's start, up to its open list of bodies. */
    private void open(String kind, long id, String motivation) {
        var json = out.json;
        json.writeStartObject();
        out.text("@context", CONTEXT);
        out.text("id", "urn:factdesk:project:" + header.projectId() + ":" + kind + ":" + id);
        out.text("type", "Annotation");
        out.text("motivation", motivation);
        json.writeArrayPropertyStart("body");
    }

    private void body(String purpose, String value, String format, String language) {
        var json = out.json;
        json.writeStartObject();
        out.text("type", "TextualBody");
        out.text("purpose", purpose);
        out.text("value", value);
        out.text("format", format);
        out.text("language", language);
        json.writeEndObject();
    }

    /** Who made it, when, with what; and the annotation's end. */
    private void close(String creator, java.time.Instant created, java.time.Instant modified) {
        var json = out.json;
        if (creator != null) {
            json.writeObjectPropertyStart("creator");
            out.text("type", "Person");
            out.text("name", creator);
            json.writeEndObject();
        }
        out.text("created", iso(created));
        out.text("modified", iso(modified == null ? created : modified));
        json.writeObjectPropertyStart("generator");
        out.text("type", "Software");
        out.text("name", "Factdesk");
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The quote's selectors: the quote with its context, and its position in code points where it is known. */
    private void selectors(String quote, String prefix, String suffix, Long position) {
        var json = out.json;
        json.writeArrayPropertyStart("selector");
        json.writeStartObject();
        out.text("type", "TextQuoteSelector");
        out.text("exact", quote);
        out.text("prefix", prefix);
        out.text("suffix", suffix);
        json.writeEndObject();
        if (position != null) {
            json.writeStartObject();
            out.text("type", "TextPositionSelector");
            out.number("start", position >>> 32);
            out.number("end", position & 0xFFFF_FFFFL);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Two claims of different sources about the same fact: how they relate, why, and what differs. */
    private void link(ReportRows.LinkPair l) {
        var json = out.json;
        open("link", l.id(), "linking");
        body("classifying", l.relation().charAt(0) + l.relation().substring(1).toLowerCase(java.util.Locale.ROOT)
                + " (" + l.state().toLowerCase(java.util.Locale.ROOT) + ")", "text/plain", "en");
        var lines = new java.util.ArrayList<String>();
        l.differences().forEach(d -> lines.add(d.toString()));
        lines.addAll(l.reasons());
        if (!lines.isEmpty()) {
            body("describing", String.join("\n", lines), "text/plain", "en");
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("target");
        for (var end : List.of(l.a(), l.b())) {
            json.writeStartObject();
            out.text("type", "SpecificResource");
            out.text("source", source(end.url(), end.documentId(), end.documentVersion()));
            selectors(end.quote(), end.prefix(), end.suffix(),
                    end.claimDocumentVersion() == end.documentVersion() ? positions.get(end.claimId()) : null);
            json.writeEndObject();
        }
        json.writeEndArray();
        close(l.decidedBy(), l.createdAt(), l.updatedAt());
    }

    /** xsd:dateTime in UTC, to the second, as the model's examples write it. */
    private static String iso(java.time.Instant at) {
        return at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    @Override
    public void end() {
        links.each(l -> {
            nextItem();
            link(l);
            written++;
        });
        var json = out.json;
        json.writeEndArray();
        for (int page = 0; page < pagesOpen; page++) {
            json.writeEndObject();
        }
        json.writeEndObject();
        out.flush();
    }
}
