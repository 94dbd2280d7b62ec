package org.factdesk.timeline;

import java.time.LocalDate;
import java.time.LocalTime;
import org.factdesk.claim.ClaimDate;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.source.DocumentId;

/**
 * A claim in an event, with its source and the date it gives (null when it gives none and is in the event through
 * its links); the verdict's label and colour are null while it has none.
 */
public record EventClaim(ClaimId claimId, DocumentId documentId, String documentTitle, String outlet, String quote,
                         LocalDate date, LocalDate dateEnd, ClaimDate.Precision precision, LocalTime time,
                         ClaimStatus status, String verdict, String verdictColor) {

    /** The claim without its verdict, for a reviewer who judges it blind (decision 0020). */
    public EventClaim withoutVerdict() {
        return new EventClaim(claimId, documentId, documentTitle, outlet, quote, date, dateEnd, precision, time, status,
                null, null);
    }

    /** The name of the source as a lane shows it: its outlet, else its title. */
    public String sourceName() {
        return outlet != null && !outlet.isBlank() ? outlet : documentTitle;
    }
}
