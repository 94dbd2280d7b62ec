package org.factdesk.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.team.ProjectId;

/**
 * A source with its metadata. {@code statedDates} are the distinct dates the source states for itself (its metadata
 * date first, then its date lines in the order written), empty for documents imported before Factdesk kept them;
 * {@code dateOrigin} says where {@code data().publishedOn()} came from, null where unknown or there is no date.
 */
public record Document(DocumentId id, int version, ProjectId projectId, DocumentData data, String language,
                       int currentVersion, String importedBy, Instant importedAt, List<LocalDate> statedDates,
                       DateOrigin dateOrigin) {

    public Document {
        statedDates = statedDates == null ? List.of() : List.copyOf(statedDates);
    }

    /** A document without stated dates, as before Factdesk kept them. */
    public Document(DocumentId id, int version, ProjectId projectId, DocumentData data, String language,
                    int currentVersion, String importedBy, Instant importedAt) {
        this(id, version, projectId, data, language, currentVersion, importedBy, importedAt, List.of(), null);
    }

    /**
     * The stated dates other than the one the text is read as of, when the source contradicts itself: the dates an
     * editor may want to pick instead. Empty when it states one date or none.
     */
    public List<LocalDate> otherStatedDates() {
        if (statedDates.size() < 2) {
            return List.of();
        }
        return statedDates.stream().filter(d -> !d.equals(data.publishedOn())).toList();
    }
}
