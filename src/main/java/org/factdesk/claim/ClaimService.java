package org.factdesk.claim;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.source.DocumentId;
import org.factdesk.source.DocumentService;
import org.factdesk.source.DocumentText;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims of a project: finding them, marking them by hand, adjusting, merging, splitting, accepting
 * and dismissing them, and carrying them over to new document versions. Every change is a revision.
 */
@Service
@Transactional
public class ClaimService {

    private final JdbcClaimRepository claims;
    private final DocumentService documents;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final ClaimSettings settings;
    private final List<StatusRule> statusRules;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ClaimHistory history;
    private final List<VerdictBlinds> blinds;
    private final Clock clock;

    ClaimService(JdbcClaimRepository claims, DocumentService documents, ProjectAccess access, CurrentUser currentUser,
                 ClaimSettings settings, List<StatusRule> statusRules,
                 org.springframework.context.ApplicationEventPublisher events, ClaimHistory history,
                 List<VerdictBlinds> blinds, Clock clock) {
        this.claims = claims;
        this.blinds = blinds;
        this.history = history;
        this.documents = documents;
        this.access = access;
        this.currentUser = currentUser;
        this.settings = settings;
        this.statusRules = statusRules;
        this.events = events;
        this.clock = clock;
    }

    /** Who is changing a claim, for the events that tell other modules; null for work done on nobody's behalf. */
    UserId actor() {
        return currentUser.get().map(org.factdesk.team.FactdeskPrincipal::userId).orElse(null);
    }

    public record ExtractionSummary(int added, int candidates, int skippedAsCovered) {
    }

    public int threshold() {
        return settings.threshold();
    }

    @Transactional(readOnly = true)
    public List<Claim> forDocument(DocumentId documentId) {
        documents.get(documentId);
        return claims.findByDocument(documentId);
    }

    @Transactional(readOnly = true)
    public Claim get(ClaimId id) {
        var claim = claims.findById(id).orElseThrow(() -> notFound(id));
        try {
            access.requireRead(claim.data().projectId());
        } catch (NotFoundException e) {
            throw notFound(id);
        }
        return claim;
    }

    @Transactional(readOnly = true)
    public List<ClaimRow> find(ProjectId projectId, ClaimQuery query, ClaimSort sort, int offset, int limit) {
        access.requireRead(projectId);
        var hidden = verdictsHidden(projectId);
        var rows = claims.find(projectId, query, sort, offset, limit, ids(hidden));
        return hidden.isEmpty() ? rows : rows.stream().map(r -> hidden.contains(r.id()) ? r.withoutVerdict() : r).toList();
    }

    /**
     * Whether the signed-in user may not see this claim's verdict, rationale and verdict history yet: they judge it
     * blind in an open agreement round (see {@link VerdictBlinds}).
     */
    @Transactional(readOnly = true)
    public boolean verdictHidden(ClaimId id) {
        var user = actor();
        return user != null && blinds.stream().anyMatch(b -> b.hidden(user, id));
    }

    /** The claims of the project whose verdicts the signed-in user may not see yet; usually none. */
    @Transactional(readOnly = true)
    public java.util.Set<ClaimId> verdictsHidden(ProjectId projectId) {
        var user = actor();
        if (user == null || blinds.isEmpty()) {
            return java.util.Set.of();
        }
        var hidden = new java.util.HashSet<ClaimId>();
        blinds.forEach(b -> hidden.addAll(b.hidden(user, projectId)));
        return hidden;
    }

    private static Long[] ids(java.util.Set<ClaimId> hidden) {
        return hidden.stream().map(ClaimId::value).toArray(Long[]::new);
    }

    /** Like {@link #find} but whole claims with their facts, for the API. */
    @Transactional(readOnly = true)
    public List<Claim> findClaims(ProjectId projectId, ClaimQuery query, ClaimSort sort, int offset, int limit) {
        access.requireRead(projectId);
        return claims.findClaims(projectId, query, sort, offset, limit, ids(verdictsHidden(projectId)));
    }

    @Transactional(readOnly = true)
    public int count(ProjectId projectId, ClaimQuery query) {
        access.requireRead(projectId);
        return claims.count(projectId, query, ids(verdictsHidden(projectId)));
    }

    /** How many claims a filter matches, exactly up to {@code cap}; {@code cap} itself means "at least". */
    @Transactional(readOnly = true)
    public int countUpTo(ProjectId projectId, ClaimQuery query, int cap) {
        access.requireRead(projectId);
        return claims.countUpTo(projectId, query, cap, ids(verdictsHidden(projectId)));
    }

    /** The claims a filter matches, grouped by document in reading order: the scope of a report. */
    @Transactional(readOnly = true)
    public Map<DocumentId, List<ClaimId>> idsByDocument(ProjectId projectId, ClaimQuery query) {
        access.requireRead(projectId);
        return claims.idsByDocument(projectId, query, ids(verdictsHidden(projectId)));
    }

    @Transactional(readOnly = true)
    public List<ClaimRevision> history(ClaimId id) {
        get(id);
        return claims.revisions(id);
    }

    /** Runs extraction on the document's current version and adds suggestions where no claim is yet. */
    public ExtractionSummary extract(DocumentId documentId) {
        var document = documents.get(documentId);
        access.requireEdit(document.projectId());
        var text = documents.currentText(document);
        var existing = claims.findByDocument(documentId);
        var candidates = ClaimExtractor.extract(text.text(), text.blocks(), document.data().publishedOn());
        int covered = 0;
        int considered = 0;
        var found = new java.util.ArrayList<ClaimData>();
        for (var candidate : candidates) {
            if (candidate.score() < settings.threshold()) {
                continue;
            }
            considered++;
            if (existing.stream().anyMatch(c -> c.data().span().overlaps(candidate.span()))) {
                covered++;
                continue;
            }
            found.add(suggestion(document.projectId(), documentId, text, candidate));
        }
        claims.insertAll(found, currentUser.requireId(), ClaimRevisionAction.EXTRACTED, clock.instant());
        if (!found.isEmpty()) {
            history.createdMany(documentId);
            events.publishEvent(ClaimsChanged.ofDocuments(document.projectId(), List.of(documentId)));
        }
        int added = found.size();
        return new ExtractionSummary(added, considered, covered);
    }

    /**
     * Claims of newly imported documents, from the texts the import has in hand (nothing is read back), all written
     * together ({@link JdbcClaimRepository#insertAll}); in the import's transaction, which has checked the importer's
     * rights already.
     */
    void extractImported(org.factdesk.source.DocumentsImported imported) {
        var found = new java.util.ArrayList<ClaimData>();
        for (var document : imported.documents()) {
            var text = document.text();
            for (var candidate : ClaimExtractor.extract(text.text(), text.blocks(), document.publishedOn())) {
                if (candidate.score() >= settings.threshold()) {
                    found.add(suggestion(imported.projectId(), document.documentId(), text, candidate));
                }
            }
        }
        // no live signal: nobody can have a document open that did not exist before this transaction
        claims.insertAll(found, imported.importedBy(), ClaimRevisionAction.EXTRACTED, clock.instant());
        if (!found.isEmpty()) {
            events.publishEvent(ClaimsChanged.ofDocuments(imported.projectId(),
                    imported.documents().stream().map(org.factdesk.source.DocumentsImported.ImportedDocument::documentId)
                            .toList()));
        }
    }

    /** An editor's own claim over a span of the document's current text. */
    public Claim create(DocumentId documentId, int start, int end) {
        var document = documents.get(documentId);
        access.requireEdit(document.projectId());
        var text = documents.currentText(document);
        Span span = Span.selectedIn(text.text(), start, end);
        var facts = ClaimAnalysis.of(text, span, document.data().publishedOn());
        var id = insert(document.projectId(), documentId, text, span, facts.score(), facts.signals(), facts.facts(),
                ClaimStatus.TO_CHECK, ClaimOrigin.MANUAL, ClaimRevisionAction.CREATED);
        return claims.findById(id).orElseThrow();
    }

    public Claim setStatus(ClaimId id, int version, ClaimStatus status) {
        var claim = getForEdit(id);
        if (status == null) {
            throw new InvalidInputException("Choose a status.");
        }
        if (claim.version() != version) {
            throw new org.factdesk.base.ConflictException("Someone else changed this claim in the meantime. "
                    + "Reload and try again.");
        }
        if (status == claim.data().status()) {
            return claim;
        }
        if (status == ClaimStatus.PUBLISHED) {
            var changed = claims.openSourceChange(id);
            if (changed.isPresent()) {
                throw new InvalidInputException("The source changed under this claim (" + changed.get().summary()
                        + ") since it was reviewed. Check the new wording and mark the change as checked first.");
            }
        }
        for (StatusRule rule : statusRules) {
            rule.check(claim, status);
        }
        return changeStatus(claim, status, Map.of(ClaimRevisionAction.STATUS_KEY, status));
    }

    private Claim changeStatus(Claim claim, ClaimStatus status, Map<String, Object> after) {
        var d = claim.data();
        claims.update(claim.id(), claim.version(), d.withStatus(status), clock.instant());
        history.record(claim.id(), d.documentId(), ClaimRevisionAction.STATUS, Map.of(ClaimRevisionAction.STATUS_KEY, d.status()), after);
        events.publishEvent(new ClaimStatusChanged(claim.id(), d.projectId(), d.status(), status, actor(), d.quote(),
                clock.instant()));
        return claims.findById(claim.id()).orElseThrow();
    }

    /**
     * A published claim whose verdict, rationale or published wording was just changed goes back to
     * <em>Needs review</em>: what the public sees stays as published until a second reviewer publishes the change.
     * This step only ever lowers a status, so the workflow's rules (who may publish) do not apply to it.
     */
    public Claim reopenForReview(ClaimId id) {
        var claim = getForEdit(id);
        if (claim.data().status() != ClaimStatus.PUBLISHED) {
            return claim;
        }
        return changeStatus(claim, ClaimStatus.NEEDS_REVIEW,
                Map.of(ClaimRevisionAction.STATUS_KEY, ClaimStatus.NEEDS_REVIEW, "reason", "changed after publishing"));
    }

    /** The source change under this claim that nobody has checked yet, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<SourceChange> sourceChange(ClaimId id) {
        get(id);
        return claims.openSourceChange(id);
    }

    /** An editor has looked at what the new source version says: the claim leaves the Source changed queue. */
    public void markSourceChangeChecked(ClaimId id) {
        var claim = getForEdit(id);
        if (claims.resolveSourceChanges(id, currentUser.requireId(), clock.instant()) > 0) {
            // the editor has read the new wording: the claim stands on it now
            if (claim.data().anchor() == AnchorState.FUZZY || claim.data().anchor() == AnchorState.MOVED) {
                claims.update(id, claim.version(), claim.data().withAnchor(AnchorState.EXACT), clock.instant());
            }
            history.record(id, claim.data().documentId(), ClaimRevisionAction.SOURCE_CHANGE_CHECKED, Map.of("anchor", claim.data().anchor()),
                    Map.of("anchor", AnchorState.EXACT));
        }
    }

    /** Moves the claim's boundaries within its document's current text. */
    public Claim adjust(ClaimId id, int version, int start, int end) {
        var claim = getForEdit(id);
        var d = claim.data();
        var document = documents.get(d.documentId());
        var text = documents.currentText(document);
        Span span = Span.selectedIn(text.text(), start, end);
        var facts = ClaimAnalysis.of(text, span, document.data().publishedOn());
        var after = d.withText(text.number(), span, text.text(), facts.score(), facts.signals(), facts.facts(),
                AnchorState.EXACT);
        claims.update(id, version, after, clock.instant());
        events.publishEvent(ClaimsChanged.ofClaim(d.projectId(), id));
        history.record(id, d.documentId(), ClaimRevisionAction.SPAN, Map.of("start", d.span().start(), "end", d.span().end(), "quote", d.quote()),
                Map.of("start", span.start(), "end", span.end(), "quote", after.quote()));
        return claims.findById(id).orElseThrow();
    }

    /** Joins two claims of the same document into the first; the second is deleted (softly, with history). */
    public Claim merge(ClaimId firstId, ClaimId secondId) {
        var first = getForEdit(firstId);
        var second = getForEdit(secondId);
        if (!first.data().documentId().equals(second.data().documentId())) {
            throw new InvalidInputException("Only claims of the same document can be merged.");
        }
        var a = first.data().span().start() <= second.data().span().start() ? first : second;
        var b = a == first ? second : first;
        var text = documents.currentText(a.data().documentId()).text();
        String between = text.substring(Math.min(a.data().span().end(), b.data().span().start()),
                Math.max(a.data().span().end(), b.data().span().start()));
        if (!between.isBlank() && b.data().span().start() > a.data().span().end()) {
            throw new InvalidInputException("These claims are not next to each other: there is text between them.");
        }
        var merged = adjust(a.id(), a.version(), a.data().span().start(),
                Math.max(a.data().span().end(), b.data().span().end()));
        delete(b.id(), b.version());
        history.record(merged.id(), merged.data().documentId(), ClaimRevisionAction.MERGED, null, Map.of("absorbed", b.id().value()));
        return merged;
    }

    /** Splits a claim at a character offset into two claims. */
    public List<Claim> split(ClaimId id, int version, int at) {
        var claim = getForEdit(id);
        var d = claim.data();
        String text = documents.currentText(d.documentId()).text();
        while (at > d.span().start() && at < text.length() && Span.isWordChar(text.charAt(at - 1)) && Span.isWordChar(text.charAt(at))) {
            at--;
        }
        if (at <= d.span().start() || at >= d.span().end()) {
            throw new InvalidInputException("Split inside the claim: put the cursor between two of its words.");
        }
        var first = adjust(id, version, d.span().start(), at);
        var second = create(d.documentId(), at, d.span().end());
        history.record(second.id(), d.documentId(), ClaimRevisionAction.SPLIT_FROM, null, Map.of("claim", id.value()));
        return List.of(first, second);
    }

    /** Soft delete: the claim leaves every list but stays in the database with its history. */
    public void delete(ClaimId id, int version) {
        var claim = getForEdit(id);
        claims.markDeleted(id, version, clock.instant());
        // what is built from claims (events) drops it; linking finds nothing left to link
        events.publishEvent(ClaimsChanged.ofClaim(claim.data().projectId(), id));
        history.record(id, claim.data().documentId(), ClaimRevisionAction.DELETED, Map.of(ClaimRevisionAction.STATUS_KEY, claim.data().status(), "quote", claim.data().quote()), null);
    }

    /** What extraction suggests: a claim over the candidate's span, with its score, signals and facts. */
    private static ClaimData suggestion(ProjectId projectId, DocumentId documentId, DocumentText text,
                                        ClaimCandidate candidate) {
        return newClaim(projectId, documentId, text, candidate.span(), candidate.score(), candidate.signals(),
                candidate.facts(), ClaimStatus.SUGGESTED, ClaimOrigin.EXTRACTED);
    }

    private static ClaimData newClaim(ProjectId projectId, DocumentId documentId, DocumentText text, Span span,
                                      int score, List<Signal> signals, ClaimFacts facts, ClaimStatus status,
                                      ClaimOrigin origin) {
        return new ClaimData(projectId, documentId, text.number(), span, span.of(text.text()),
                Anchoring.prefix(text.text(), span), Anchoring.suffix(text.text(), span), score, signals, facts, status,
                origin, AnchorState.EXACT);
    }

    private ClaimId insert(ProjectId projectId, DocumentId documentId, DocumentText text, Span span, int score,
                           List<Signal> signals, ClaimFacts facts, ClaimStatus status, ClaimOrigin origin, ClaimRevisionAction action) {
        var data = newClaim(projectId, documentId, text, span, score, signals, facts, status, origin);
        var id = claims.insert(data, currentUser.requireId(), clock.instant());
        events.publishEvent(ClaimsChanged.ofClaim(projectId, id));
        history.created(id, documentId, action, Map.of("quote", data.quote(), "status", status, "score", score));
        return id;
    }

    /** The claim, for a change: a single check that the signed-in user may edit its project. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
    public Claim getForEdit(ClaimId id) {
        // the claim and the membership in one round trip: every change of a claim starts here
        var claimOfMember = claims.findForMember(id, currentUser.requireId()).orElseThrow(() -> notFound(id));
        access.requireEdit(claimOfMember.getValue());
        return claimOfMember.getKey();
    }

    private static NotFoundException notFound(ClaimId id) {
        return new NotFoundException("Claim " + id + " was not found.");
    }
}
