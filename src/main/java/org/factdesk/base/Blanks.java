package org.factdesk.base;

/** Optional text as the desk stores it: without surrounding whitespace, and null rather than empty. */
public final class Blanks {

    private Blanks() {
    }

    public static String toNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
