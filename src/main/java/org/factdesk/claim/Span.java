package org.factdesk.claim;

/** A range of characters in a document's text, {@code end} exclusive. */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a span: " + start + ".." + end);
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    /**
     * The span an editor means by selecting {@code start..end} of {@code text}: without surrounding blanks, and a
     * cut word taken whole.
     */
    static Span selectedIn(String text, int start, int end) {
        if (start < 0 || end > text.length() || end <= start) {
            throw new org.factdesk.base.InvalidInputException("Select some text of this document first.");
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        // a selection that cuts a word takes the whole word, as editors mean it
        while (start > 0 && start < end && isWordChar(text.charAt(start - 1)) && isWordChar(text.charAt(start))) {
            start--;
        }
        while (end < text.length() && end > start && isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end))) {
            end++;
        }
        if (end - start < 3) {
            throw new org.factdesk.base.InvalidInputException("A claim needs at least a few words. Select more text.");
        }
        return new Span(start, end);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '’' || c == '\'';
    }
}
