package org.factdesk.source.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.factdesk.base.ui.ViewHeader;
import org.factdesk.source.Document;
import org.factdesk.source.DocumentId;
import org.factdesk.source.DocumentService;
import org.factdesk.team.ui.CurrentProject;

/** One source: its metadata and the stored text, shown as plain text (never as HTML). */
@Route("documents/:documentId")
@PermitAll
class DocumentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DocumentService documents;
    private final ViewHeader header = new ViewHeader("");
    private final Div meta = new Div();
    private final Div text = new Div();
    private final Anchor back = new Anchor();
    private String title = "Document";

    DocumentView(DocumentService documents) {
        this.documents = documents;
        addClassName("fd-view");
        meta.addClassName("fd-doc-meta");
        text.addClassName("fd-doc-text");
        back.addClassName("fd-back");
        add(back, header, meta, text);
    }

    static String path(DocumentId id) {
        return "documents/" + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("documentId").flatMap(DocumentId::parse);
        try {
            var document = documents.get(id.orElseThrow(() -> new org.factdesk.base.NotFoundException("no id")));
            show(document);
        } catch (org.factdesk.base.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, "This document does not exist, or you may not see it.");
        }
    }

    private void show(Document document) {
        CurrentProject.set(document.projectId());
        title = document.data().title();
        back.setText("← All sources");
        back.setHref(SourcesView.path(document.projectId()));
        header.setTitle(document.data().title());
        meta.removeAll();
        var d = document.data();
        addMeta("Outlet", d.outlet());
        addMeta("Author", d.author());
        addMeta("Published", d.publishedOn() == null ? null : SourcesView.DATE.format(d.publishedOn()));
        addMeta("Type", d.sourceType().label());
        addMeta("Version", Integer.toString(document.currentVersion()));
        // setText escapes: a source's markup is shown as characters, never interpreted
        text.setText(documents.currentText(document.id()).text());
    }

    private void addMeta(String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        var l = new Span(label);
        l.addClassName("fd-meta-label");
        var v = new Span(value);
        v.addClassName("fd-meta-value");
        var item = new Div(l, v);
        item.addClassName("fd-meta-item");
        meta.add(item);
    }

    @Override
    public String getPageTitle() {
        return title + " · Factdesk";
    }
}
