package org.factdesk.claim;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.factdesk.source.DocumentId;
import org.factdesk.source.DocumentService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a document's claims true to the document when it changes under them: a new version (claims re-anchored,
 * their facts read again, reviewed wording kept as a source change) or a new date (relative dates resolved again).
 * Runs inside the transaction that changed the document.
 */
@Service
@Transactional
class ClaimCarryOver {

    private final JdbcClaimRepository claims;
    private final ClaimService extraction;
    private final DocumentService documents;
    private final ClaimHistory history;
    private final ClaimSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClaimCarryOver(JdbcClaimRepository claims, ClaimService extraction, DocumentService documents,
                   ClaimHistory history, ClaimSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.claims = claims;
        this.extraction = extraction;
        this.documents = documents;
        this.history = history;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Carries every claim of a document over to its newest version, then adds suggestions for new text. A claim's
     * facts are found again in its new wording. Where the wording under a claim in review or published changed,
     * the reviewed wording is kept as a source change and the claim waits in the Source changed queue.
     */
    void reanchor(DocumentId documentId, int version) {
        var document = documents.get(documentId);
        var text = documents.text(documentId, version);
        for (var claim : claims.findByDocument(documentId)) {
            var d = claim.data();
            if (d.documentVersion() >= version) {
                continue;
            }
            var anchor = Anchoring.reanchor(d.quote(), d.prefix(), d.suffix(), d.span(), text.text());
            ClaimData after;
            if (anchor.state() == AnchorState.ORPHANED) {
                after = d.withAnchor(AnchorState.ORPHANED);
            } else {
                var facts = ClaimAnalysis.of(text, anchor.span(), document.data().publishedOn());
                after = d.withText(version, anchor.span(), text.text(), facts.score(), facts.signals(), facts.facts(),
                        anchor.state());
            }
            claims.update(claim.id(), claim.version(), after, clock.instant());
            history.record(claim.id(), documentId, ClaimRevisionAction.RE_ANCHORED, Map.of("version", d.documentVersion(), "start", d.span().start()),
                    Map.of("version", after.documentVersion(), "start", after.span().start(), "anchor", anchor.state(),
                            "match", Math.round(anchor.score() * 100)));
            boolean reviewed = d.status() == ClaimStatus.NEEDS_REVIEW || d.status() == ClaimStatus.PUBLISHED;
            boolean reworded = anchor.state() == AnchorState.ORPHANED || !after.quote().equals(d.quote());
            if (reviewed && reworded) {
                String newQuote = anchor.state() == AnchorState.ORPHANED ? null : after.quote();
                String summary = org.factdesk.base.TextDifference.of(d.quote(), newQuote);
                claims.insertSourceChange(claim, version, newQuote, summary, clock.instant());
                events.publishEvent(new ClaimSourceChanged(claim.id(), d.projectId(), summary, extraction.actor(),
                        after.quote(), clock.instant()));
            }
        }
        // the moved claims' words and facts may have changed: linked again (new claims are announced by extract)
        events.publishEvent(ClaimsChanged.ofDocuments(document.projectId(), List.of(documentId)));
        if (settings.extractOnImport()) {
            extraction.extract(document.id());
        }
    }

    /**
     * Finds the facts of every claim of the document again, after its date changed: "on Tuesday" and "on 3 March"
     * resolve against the new date. Spans and statuses stay; each changed claim gets a revision.
     */
    void resolveDatesAgain(DocumentId documentId) {
        var document = documents.get(documentId);
        var text = documents.currentText(document);
        for (var claim : claims.findByDocument(documentId)) {
            var d = claim.data();
            if (d.anchor() == AnchorState.ORPHANED || d.documentVersion() != text.number()) {
                continue;
            }
            var facts = ClaimAnalysis.of(text, d.span(), document.data().publishedOn());
            if (facts.facts().dates().equals(d.facts().dates())) {
                continue;
            }
            claims.update(claim.id(), claim.version(), d.withText(d.documentVersion(), d.span(), text.text(),
                    facts.score(), facts.signals(), facts.facts(), d.anchor()), clock.instant());
            events.publishEvent(ClaimsChanged.ofClaim(d.projectId(), claim.id()));
            history.record(claim.id(), documentId, ClaimRevisionAction.DATES_RESOLVED_AGAIN,
                    Map.of("dates", inWords(d.facts().dates())), Map.of("dates", inWords(facts.facts().dates())));
        }
    }

    private static List<String> inWords(List<ClaimDate> dates) {
        var day = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);
        return dates.stream().map(d -> d.raw() + (d.date() == null ? " (not resolved)" : " = " + d.date().format(day)))
                .toList();
    }
}
