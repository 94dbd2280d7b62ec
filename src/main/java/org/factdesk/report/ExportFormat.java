package org.factdesk.report;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a report can be exported as; {@link #key} is the API's {@code format=} value. */
public enum ExportFormat {
    HTML("html", "HTML report", "text/html;charset=UTF-8", "html"),
    PDF("pdf", "PDF report", "application/pdf", "pdf"),
    CSV("csv", "CSV (one row per claim)", "text/csv;charset=UTF-8", "csv"),
    JSON("json", "JSON (complete)", "application/json", "json"),
    MARKDOWN("md", "Markdown", "text/markdown;charset=UTF-8", "md"),
    CLAIMREVIEW("claimreview", "schema.org ClaimReview (published claims)", "application/ld+json", "claimreview.jsonld"),
    W3C("w3c", "W3C Web Annotation", "application/ld+json", "annotations.jsonld"),
    LINKS("links", "CSV of links between sources (one row per link)", "text/csv;charset=UTF-8", "links.csv");

    public final String key;
    public final String label;
    public final String mediaType;
    public final String extension;

    ExportFormat(String key, String label, String mediaType, String extension) {
        this.key = key;
        this.label = label;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static Optional<ExportFormat> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key == null ? "" : key.strip())).findFirst();
    }

    public static String keys() {
        return Arrays.stream(values()).map(f -> f.key).collect(Collectors.joining(", "));
    }
}
