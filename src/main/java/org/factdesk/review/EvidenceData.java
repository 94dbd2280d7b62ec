package org.factdesk.review;

import java.time.LocalDate;
import org.factdesk.claim.ClaimId;
import org.factdesk.source.DocumentId;

/** One piece of evidence: a web page (url, title, accessed, archive), a document, or another claim. */
public record EvidenceData(EvidenceKind kind, String url, String title, LocalDate accessedOn, String archivedUrl,
                           DocumentId document, ClaimId otherClaim, EvidenceRelation relation, String note) {
}
