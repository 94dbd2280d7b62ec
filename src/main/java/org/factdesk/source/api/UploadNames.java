package org.factdesk.source.api;

import org.factdesk.base.InvalidInputException;

/** The checks on an uploaded file's name that every upload call shares. */
final class UploadNames {

    private UploadNames() {
    }

    /** A name the desk can show and store: PostgreSQL refuses NUL, and no file system has longer names. */
    static void check(String field, String name) {
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidInputException(field, "The file name \"" + printable(name)
                    + "\" holds control characters. Rename the file and send it again.");
        }
        if (name.length() > 255) {
            throw new InvalidInputException(field, "A file name has at most 255 characters; one has "
                    + name.length() + ". Rename the file and send it again.");
        }
    }

    /** For messages: control characters shown as ?, and at most 60 characters. */
    static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 60 ? clean.substring(0, 59) + "…" : clean;
    }
}
