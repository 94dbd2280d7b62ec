package org.factdesk.source;

import java.util.List;

/** The parts of any text, as the importer finds them in a document's stored text. */
public final class TextStructure {

    private TextStructure() {
    }

    public static List<Block> blocks(String text) {
        return SourceTextParser.parse(text).blocks();
    }

    /**
     * The share of a line's longer words (four letters or more) that start with a capital, or -1
     * when it has none: headlines and table headers are mostly capitalised, statements are not.
     */
    public static double capitalisedShare(Iterable<String> words) {
        int significant = 0;
        int capitalised = 0;
        for (String word : words) {
            if (word.length() > 3) {
                significant++;
                if (Character.isUpperCase(word.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        return significant == 0 ? -1 : (double) capitalised / significant;
    }
}
