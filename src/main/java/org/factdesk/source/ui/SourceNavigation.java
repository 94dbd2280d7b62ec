package org.factdesk.source.ui;

import com.vaadin.flow.component.UI;
import org.factdesk.source.DocumentId;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ui.ProjectScope;

/**
 * The source module's pages, for every module that links to them (decision 0005). A document's address belongs to
 * the module that owns documents even though its main page, the claims reader, is drawn by the claim module: the
 * claim module takes {@link #DOCUMENT_ROUTE} from here, so neither module spells the other's addresses.
 */
public final class SourceNavigation {

    /** The route parameter that names a document. */
    public static final String DOCUMENT_PARAMETER = "documentId";
    /** A document's main page (the claims reader, see {@code org.factdesk.claim.ui.ReaderView}). */
    public static final String DOCUMENT_ROUTE = "documents/:" + DOCUMENT_PARAMETER;
    static final String DETAILS_ROUTE = DOCUMENT_ROUTE + "/details";
    static final String SOURCES_ROUTE = "projects/:" + ProjectScope.PARAMETER + "/sources";

    private SourceNavigation() {
    }

    public static String sources(ProjectId project) {
        return "projects/" + project + "/sources";
    }

    /** A document's main page: its text with its claims. */
    public static String document(DocumentId document) {
        return "documents/" + document;
    }

    /** A document's details: metadata, versions and the changes between them. */
    public static String documentDetails(DocumentId document) {
        return document(document) + "/details";
    }

    public static void navigateToDocument(DocumentId document) {
        UI.getCurrent().navigate(document(document));
    }
}
