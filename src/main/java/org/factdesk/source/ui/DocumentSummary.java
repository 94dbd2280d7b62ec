package org.factdesk.source.ui;

import java.util.ArrayList;
import org.factdesk.base.ui.Times;
import org.factdesk.source.Document;

/**
 * A document in one line under its title: outlet · author · date · type · version; a source that states other dates
 * for itself says so beside its date, so the reader sees it too, not only the details page.
 */
public final class DocumentSummary {

    private DocumentSummary() {
    }

    public static String line(Document document) {
        var d = document.data();
        var parts = new ArrayList<String>();
        if (d.outlet() != null) {
            parts.add(d.outlet());
        }
        if (d.author() != null) {
            parts.add(d.author());
        }
        var others = document.otherStatedDates();
        String alsoStated = others.isEmpty() ? "" : " (the source also states "
                + String.join(", ", others.stream().map(Times.DATE::format).toList()) + ": see Details)";
        if (d.publishedOn() != null) {
            parts.add(d.publishedOn().format(Times.DATE) + alsoStated);
        } else if (!alsoStated.isEmpty()) {
            parts.add("no date of its own" + alsoStated);
        }
        parts.add(d.sourceType().label());
        parts.add("version " + document.currentVersion());
        return String.join(" · ", parts);
    }
}
