package org.factdesk.base;

import java.util.regex.Pattern;

/**
 * The only links Factdesk stores or writes out: web pages (http, https). Anything else (javascript:, data:, file:)
 * would run or open something in a reader's browser when a report or the UI links it.
 */
public final class WebAddress {

    private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s/?#<>\"'`]+[^\\s<>\"'`]*");

    private WebAddress() {
    }

    public static boolean isWeb(String url) {
        return url != null && WEB.matcher(url.strip()).matches();
    }

    /** The address if it is a web address, else null: for writing links from stored data that may predate a rule. */
    public static String orNull(String url) {
        return isWeb(url) ? url.strip() : null;
    }

    /** A web address or nothing; anything else is refused with a message naming the field. */
    public static String require(String what, String url) {
        String clean = Blanks.toNull(url);
        if (clean != null && !isWeb(clean)) {
            throw new InvalidInputException(what + " must be a web address starting with http:// or https://, not \""
                    + (clean.length() > 60 ? clean.substring(0, 59) + "…" : clean) + "\".");
        }
        return clean == null ? null : clean.strip();
    }
}
