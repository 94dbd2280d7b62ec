package org.factdesk.base;

/**
 * Every field an editor or an API caller fills has a maximum: a megabyte claimant once kept a PDF export busy for
 * twenty minutes. The message names the field and the limit.
 */
public final class TextLimits {

    private TextLimits() {
    }

    public static String require(String what, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(String.format(java.util.Locale.ENGLISH,
                    "%s is longer than %,d characters (it has %,d). Shorten it.", what, max, value.length()));
        }
        return value;
    }
}
