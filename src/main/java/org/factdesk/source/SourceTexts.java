package org.factdesk.source;

/** Small text rules shared by the importers. */
final class SourceTexts {

    private SourceTexts() {
    }

    /** The first value with visible characters, stripped; null when there is none. */
    static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
