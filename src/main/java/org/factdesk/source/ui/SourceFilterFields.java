package org.factdesk.source.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.factdesk.source.Document;

/** The document and outlet boxes that lists filtering by source share (claims, conflicts), set up one way. */
public final class SourceFilterFields {

    private SourceFilterFields() {
    }

    /** "Any document", titles as labels, clearable. */
    public static ComboBox<Document> document() {
        var box = new ComboBox<Document>();
        box.setPlaceholder("Any document");
        box.setItemLabelGenerator(d -> d.data().title());
        box.setClearButtonVisible(true);
        box.setAriaLabel("Document");
        return box;
    }

    /** "Any outlet", clearable. */
    public static ComboBox<String> outlet() {
        var box = new ComboBox<String>();
        box.setPlaceholder("Any outlet");
        box.setClearButtonVisible(true);
        box.setAriaLabel("Outlet");
        return box;
    }
}
