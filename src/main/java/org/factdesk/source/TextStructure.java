package org.factdesk.source;

import java.util.List;

/** The parts of any text, as the importer finds them in a document's stored text. */
public final class TextStructure {

    private TextStructure() {
    }

    public static List<Block> blocks(String text) {
        return SourceTextParser.parse(text).blocks();
    }
}
