package org.factdesk.source;

/** The parts a source text is made of, as the reader shows them and claim extraction weighs them. */
public enum BlockKind {
    TITLE, SUBTITLE, HEADING, PARAGRAPH, LIST_ITEM, INFOBOX, INFOBOX_FIELD, BYLINE, DATE, DATELINE, CREDIT,
    BOILERPLATE, NAVIGATION;

    /** Parts that carry statements worth checking; the others are furniture. */
    public boolean carriesStatements() {
        return this == PARAGRAPH || this == LIST_ITEM || this == INFOBOX_FIELD || this == SUBTITLE;
    }
}
