package org.factdesk.source;

import java.time.LocalDate;
import java.util.List;

/**
 * Plain text taken out of a file, plus what the file's own markup or properties say about it
 * (any of which may be null), and the ranges of the text that the markup marks as headings.
 */
record Extraction(String text, SourceFormat format, String title, String author, String outlet, LocalDate publishedOn,
                  String language, List<SourceLink> links, List<int[]> headings) {

    static Extraction plain(String text, SourceFormat format) {
        return new Extraction(text, format, null, null, null, null, null, List.of(), List.of());
    }
}
