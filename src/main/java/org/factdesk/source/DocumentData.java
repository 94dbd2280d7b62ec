package org.factdesk.source;

import java.time.LocalDate;

/** What an editor can say about a source, detected on import where possible and editable always. */
public record DocumentData(String title, String outlet, String author, LocalDate publishedOn, String url,
                           SourceType sourceType) {
}
