package org.factdesk.source;

/** Where a document's own date came from, so that the document page can say why Factdesk reads the text as of it. */
public enum DateOrigin {
    /** The file's own metadata, such as an HTML page's {@code article:published_time}. */
    METADATA,
    /** The date line nearest the start of the text's body. */
    DATE_LINE,
    /** An editor set it in the document's details. */
    EDITOR
}
