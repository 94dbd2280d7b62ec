package org.factdesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.source.Block;

/** What reports are made of, as read for them: flat rows, labels resolved, nothing a writer has to look up. */
final class ReportRows {

    private ReportRows() {
    }

    record Level(long id, String label, String color, int value) {
    }

    record Publisher(String name, String url, String publicUrlBase) {
    }

    /** Everything a report states before its first document. */
    record Header(long projectId, String project, String description, Instant generatedAt, String generatedBy,
                  ExportOptions options, String scope, LocalDate firstDate, LocalDate lastDate, List<String> editors,
                  List<Level> scale, Publisher publisher, int documents, int claims, List<Count> byVerdict,
                  List<Count> byStatus, Map<String, List<Count>> byOutlet, List<String> charts, List<TocEntry> toc,
                  List<LinkPair> conflicts, int conflictsTotal, TimelineSection timeline,
                  List<org.factdesk.agreement.RoundReport> rounds) {
    }

    /**
     * The events the report's claims are in, with all their claims, and the drawing of them one period a page; null
     * when the report was not asked for its timeline.
     */
    record TimelineSection(org.factdesk.timeline.Timeline timeline, List<Period> periods) {
    }

    record Period(String title, String svg) {
    }

    record TocEntry(long documentId, String title, int claims) {
    }

    record Count(String label, String color, int count) {
    }

    /** A source as a report prints it: its latest version's text and that text's parts, by offsets. */
    record Document(long id, String title, String outlet, String author, LocalDate publishedOn, String url,
                    String sourceType, String language, int version, String text, List<Block> blocks,
                    Instant importedAt) {
    }

    record Claim(long id, long documentId, int documentVersion, int start, int end, String quote, String prefix,
                 String suffix, int score, String signalsJson, String factsJson, ClaimStatus status, String origin,
                 String anchor, String claimant, String rationale, LocalDate claimDate, List<String> tags,
                 String assignee, LocalDate dueDate, String claimReviewed, Long verdictId, String verdict,
                 String verdictColor, Integer verdictValue, String verdictBy, String createdBy, Instant createdAt,
                 Instant modifiedAt, Instant publishedAt, String publishedBy, List<Evidence> evidence,
                 List<Comment> comments, List<History> history, Published published, List<ClaimLink> links) {
    }

    /** What two claims of the same fact disagree on, in each one's words; {@code thisSide} the claim read from. */
    record Difference(String kind, String thisSide, String otherSide) {

        @Override
        public String toString() {
            return kind.toLowerCase(java.util.Locale.ROOT) + ": " + thisSide + " ↔ " + otherSide;
        }
    }

    /** A claim's link to a claim of another source, as read from the claim: differences told from its side. */
    record ClaimLink(long id, String relation, String state, int score, List<String> reasons,
                     List<Difference> differences, long otherClaimId, long otherDocumentId, String otherDocumentTitle,
                     String otherOutlet, String otherQuote, String decidedBy, Instant decidedAt) {
    }

    /** One end of a link, with what a selector of its quote needs. */
    record LinkEnd(long claimId, long documentId, String documentTitle, String outlet, String url, int documentVersion,
                   int claimDocumentVersion, String quote, String prefix, String suffix) {
    }

    /** A link with both its ends; differences told from {@code a}'s side. */
    record LinkPair(long id, String relation, String state, int score, List<String> reasons,
                    List<Difference> differences, LinkEnd a, LinkEnd b, String decidedBy, Instant decidedAt,
                    Instant createdAt, Instant updatedAt) {
    }

    /**
     * What the public sees of a claim: its last publication, unless withdrawn; null for a claim never published.
     * It stays as published while the review is edited and back in review.
     */
    record Published(String verdict, Integer verdictValue, String rationale, String claimant, LocalDate claimDate,
                     String claimReviewed, String quote, String publishedBy, Instant publishedAt) {
    }

    record Evidence(long claimId, String kind, String relation, String url, String title, LocalDate accessedOn,
                    String archivedUrl, String documentTitle, String otherClaimQuote, String note) {
    }

    record Comment(long id, long claimId, Long parentId, String author, String body, boolean resolved, Instant at) {
    }

    record History(long claimId, Instant at, String actor, String action, String changesJson) {
    }
}
