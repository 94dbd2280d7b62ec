package org.factdesk.source;

import java.time.LocalDate;
import java.util.List;

/**
 * What the text itself says about a source: metadata where it shows, and its parts with offsets. {@code dateLines}
 * are the distinct dates the date lines at its top state, in the order written; {@code publishedOn} is the one
 * nearest the start of its body.
 */
public record ParsedText(String title, String author, String outlet, LocalDate publishedOn, SourceType sourceType,
                         String language, List<Block> blocks, List<LocalDate> dateLines) {
}
