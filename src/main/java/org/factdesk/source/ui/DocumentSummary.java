package org.factdesk.source.ui;

import java.util.ArrayList;
import org.factdesk.base.ui.Times;
import org.factdesk.source.Document;

/** A document in one line under its title: outlet · author · date · type · version. */
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
        if (d.publishedOn() != null) {
            parts.add(d.publishedOn().format(Times.DATE));
        }
        parts.add(d.sourceType().label());
        parts.add("version " + document.currentVersion());
        return String.join(" · ", parts);
    }
}
