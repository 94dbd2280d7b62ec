package org.factdesk.source;

import java.time.LocalDate;
import java.util.List;

/** What the text itself says about a source: metadata where it shows, and its parts with offsets. */
public record ParsedText(String title, String author, String outlet, LocalDate publishedOn, SourceType sourceType,
                         String language, List<Block> blocks) {
}
