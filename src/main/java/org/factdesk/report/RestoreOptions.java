package org.factdesk.report;

import java.util.Map;

/**
 * How a backup comes in. {@code people} maps the archive's logins to accounts here (an instance admin's decision;
 * without it nobody's work is attributed to an account of this instance); {@code keepPublished} keeps published
 * claims published, which the restoring owner chooses knowingly (otherwise they come in as Needs review).
 */
public record RestoreOptions(Map<String, String> people, boolean keepPublished) {

    public static RestoreOptions safe() {
        return new RestoreOptions(Map.of(), false);
    }
}
