package org.factdesk.source;

/** The formats Factdesk reads. The stored text is always plain text extracted from them. */
public enum SourceFormat {
    TEXT("Plain text"), MARKDOWN("Markdown"), HTML("HTML"), PDF("PDF"), DOCX("Word (DOCX)");

    private final String label;

    SourceFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
