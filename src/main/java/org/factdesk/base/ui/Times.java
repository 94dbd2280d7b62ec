package org.factdesk.base.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the pages write dates and moments, so that every page writes them alike. */
public final class Times {

    /** A calendar date, such as a source's publication date. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy");

    /** A moment in the record, such as an import or a history entry, in the server's time zone. */
    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.systemDefault());

    /** A recent moment, where the year goes without saying: comments, notifications. */
    public static final DateTimeFormatter RECENT = DateTimeFormatter.ofPattern("d MMM, HH:mm")
            .withZone(ZoneId.systemDefault());

    private Times() {
    }
}
