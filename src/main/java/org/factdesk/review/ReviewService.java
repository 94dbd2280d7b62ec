package org.factdesk.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.factdesk.base.Blanks;
import org.factdesk.base.ConflictException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/** Verdicts, annotations, the rating scale and review settings. Every save is checked against its version. */
@Service
@Transactional
public class ReviewService {

    private final JdbcReviewRepository reviews;
    private final JdbcPublicationRepository publications;
    private final ClaimService claims;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final org.factdesk.team.ProjectService projects;
    private final DiscussionService discussion;
    private final ReviewSignals signals;
    private final TransactionOperations transactions;
    private final Clock clock;

    ReviewService(JdbcReviewRepository reviews, JdbcPublicationRepository publications, ClaimService claims, ProjectAccess access, CurrentUser currentUser,
                  org.factdesk.team.ProjectService projects, DiscussionService discussion, ReviewSignals signals,
                  TransactionOperations transactions, Clock clock) {
        this.transactions = transactions;
        this.reviews = reviews;
        this.publications = publications;
        this.signals = signals;
        this.claims = claims;
        this.access = access;
        this.currentUser = currentUser;
        this.projects = projects;
        this.discussion = discussion;
        this.clock = clock;
    }

    /** The project's scale; a project without one gets the seven-level default the first time it is asked for. */
    public RatingScale scale(ProjectId projectId) {
        access.requireRead(projectId);
        ensureDefaults(projectId);
        return new RatingScale(reviews.levels(projectId));
    }

    private void ensureDefaults(ProjectId projectId) {
        if (!reviews.settingsExist(projectId)) {
            reviews.insertSettings(projectId, clock.instant());
            if (reviews.levels(projectId).isEmpty()) {
                insertPreset(projectId, ScalePreset.SEVEN_LEVELS);
            }
        }
    }

    private void insertPreset(ProjectId projectId, ScalePreset preset) {
        int position = 1;
        for (var level : preset.levels) {
            reviews.insertLevel(projectId, position++, level.label(), level.color(), level.value(), clock.instant());
        }
    }

    /** Replaces the scale with a preset. Verdicts already given keep their (now retired) level. */
    public RatingScale applyPreset(ProjectId projectId, ScalePreset preset) {
        access.requireManage(projectId);
        ensureDefaults(projectId);
        reviews.retireLevels(projectId, List.of());
        insertPreset(projectId, preset);
        return new RatingScale(reviews.levels(projectId));
    }

    /** A level as an owner edits it; {@code id} null for a new level. */
    public record LevelEdit(Long id, String label, String color, int value) {
    }

    /** Renames, recolours, reorders (by list order), adds and removes levels. */
    public RatingScale saveScale(ProjectId projectId, List<LevelEdit> levels) {
        access.requireManage(projectId);
        ensureDefaults(projectId);
        if (levels.isEmpty() || levels.size() > 9) {
            throw new InvalidInputException("A scale has 1 to 9 levels, so each has a number key.");
        }
        var existing = reviews.levels(projectId).stream().map(RatingLevel::id).toList();
        var kept = new ArrayList<Long>();
        int position = 1;
        for (var level : levels) {
            String label = level.label() == null ? "" : level.label().strip();
            if (label.isEmpty()) {
                throw new InvalidInputException("Every level needs a name.");
            }
            String color = level.color() == null ? "" : level.color().strip();
            if (!color.matches("#[0-9a-fA-F]{6}")) {
                throw new InvalidInputException("Colours are written like #2e7d32.");
            }
            if (level.id() == null) {
                reviews.insertLevel(projectId, position, label, color, level.value(), clock.instant());
            } else {
                reviews.updateLevel(projectId, level.id(), position, label, color, level.value());
                kept.add(level.id());
            }
            position++;
        }
        // levels just added are new ids; old levels the owner left out are retired
        reviews.levels(projectId).stream().map(RatingLevel::id).filter(id -> !existing.contains(id)).forEach(kept::add);
        reviews.retireLevels(projectId, kept);
        return new RatingScale(reviews.levels(projectId));
    }

    public ReviewSettings settings(ProjectId projectId) {
        access.requireRead(projectId);
        ensureDefaults(projectId);
        return reviews.settings(projectId);
    }

    public ReviewSettings saveSettings(ProjectId projectId, ReviewSettings settings) {
        access.requireManage(projectId);
        ensureDefaults(projectId);
        var clean = new ReviewSettings(settings.fourEyes(), Blanks.toNull(settings.publisherName()),
                webAddress("The publisher's address", settings.publisherUrl()),
                webAddress("The address of published fact-checks", settings.publicUrlBase()), settings.version());
        reviews.updateSettings(projectId, settings.version(), clean, clock.instant());
        return reviews.settings(projectId);
    }

    private static String webAddress(String what, String url) {
        String clean = Blanks.toNull(url);
        if (clean != null && !clean.matches("(?i)https?://[^\\s/]+\\.[^\\s]*")) {
            throw new InvalidInputException(what + " must be a web address such as https://example.org/fact-checks.");
        }
        return clean;
    }

    /**
     * The claim's review. For a reader who judges the claim blind in an open agreement round
     * ({@link ClaimService#verdictHidden}) the verdict, its author and the rationale are left out, and {@link #blind}
     * says so; such a reader cannot save the review until they have given their round verdict.
     */
    @Transactional(readOnly = true)
    public Review get(ClaimId claimId) {
        var claim = claims.get(claimId);
        var review = reviews.find(claimId)
                .map(s -> new Review(claim, s.version(), s.data(), s.verdictBy()))
                .orElse(new Review(claim, 0, ReviewData.empty(), null));
        return claims.verdictHidden(claimId)
                ? new Review(claim, review.version(), review.data().withVerdictId(null).withRationale(""), null) : review;
    }

    /** Whether the signed-in user judges this claim blind in an open agreement round: its verdict is hidden from them. */
    @Transactional(readOnly = true)
    public boolean blind(ClaimId claimId) {
        claims.get(claimId);
        return claims.verdictHidden(claimId);
    }

    private void requireNotBlind(ClaimId claimId) {
        if (claims.verdictHidden(claimId)) {
            throw new org.factdesk.base.PermissionDeniedException("You judge this claim blind in an open agreement "
                    + "round: give your round verdict first. Its review opens to you then.");
        }
    }

    /**
     * Saves the review if nobody saved it since {@code version} was read; otherwise a
     * {@link ConflictException}, and nothing is overwritten.
     * <p>
     * Saving is the hottest write, so a save over an existing review is one statement and one round trip
     * (see {@link JdbcReviewRepository#update}): it needs no transaction of its own to be atomic. Only when it
     * writes nothing does the service read the claim and the stored review, to say why or to take the slower
     * way: a claim's first review, or a new assignee, who is notified.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Review save(ClaimId claimId, int version, ReviewData data) {
        return save(claimId, version, data, ReviewAction.SAVED.key());
    }

    /**
     * Saves the review and then changes the claim's status, all or nothing: one transaction, so a
     * status the workflow refuses (a missing verdict, four eyes, a step it does not allow) leaves the
     * review as it was. Who may publish is checked before anything is written. The status rules see the
     * claim as the save left it, because a save over a published claim sends it back to review first.
     */
    @Transactional
    public Review saveWithStatus(ClaimId claimId, int version, ReviewData data, org.factdesk.claim.ClaimStatus status) {
        if (status != null) {
            var claim = claims.getForEdit(claimId);
            if ((status == org.factdesk.claim.ClaimStatus.PUBLISHED
                    || claim.data().status() == org.factdesk.claim.ClaimStatus.PUBLISHED
                    && status != org.factdesk.claim.ClaimStatus.NEEDS_REVIEW)
                    && !access.requireRead(claim.data().projectId()).role().canPublish()) {
                throw new org.factdesk.base.PermissionDeniedException("Only a reviewer or an owner publishes or "
                        + "withdraws a verdict. Send the claim to review (NEEDS_REVIEW) instead.");
            }
        }
        var saved = save(claimId, version, data);
        if (status == null || status == saved.claim().data().status()) {
            return saved;
        }
        claims.setStatus(claimId, saved.claim().version(), status);
        return get(claimId);
    }

    private Review save(ClaimId claimId, int version, ReviewData data, String action) {
        requireNotBlind(claimId);
        var clean = clean(data);
        var write = new JdbcReviewRepository.Write(currentUser.requireId(), action, clock.instant());
        var saved = reviews.update(claimId, version, clean, write, false, false);
        if (saved.isPresent()) {
            return saved(saved.get().claim(), clean, saved.get().written(), action);
        }
        // the statement writes only what the checks below allow; here a refusal gets its words
        return saveAfterReading(claims.getForEdit(claimId), version, clean, write);
    }

    private Review saved(Claim claim, ReviewData clean, JdbcReviewRepository.Written written, String action) {
        signals.changed(claim.id(), ReviewSignals.Kind.REVIEW);
        return new Review(claim, written.version(), clean, written.verdictBy());
    }

    /** A claim's first review, a new assignee, or a save the one statement refused: says why, or writes it. */
    private Review saveAfterReading(Claim claim, int version, ReviewData clean, JdbcReviewRepository.Write write) {
        var claimId = claim.id();
        var stored = reviews.find(claimId);
        int current = stored.map(JdbcReviewRepository.Stored::version).orElse(0);
        if (current != version) {
            throw conflict();
        }
        var before = stored.map(JdbcReviewRepository.Stored::data).orElse(ReviewData.empty());
        var verdictByBefore = stored.map(JdbcReviewRepository.Stored::verdictBy).orElse(null);
        checkReferences(claim, clean, before);
        if (before.equals(clean)) {
            return new Review(claim, current, before, verdictByBefore);
        }
        if (stored.isPresent()) {
            var saved = transactions.execute(status -> {
                var written = reviews.update(claimId, version, clean, write, true, true)
                        .orElseThrow(ReviewService::conflict);
                if (!Objects.equals(before.assignee(), clean.assignee())) {
                    discussion.assigned(claim, clean.assignee());
                }
                // a published verdict never changes unreviewed: the change goes to a second reviewer again
                return written.written().reopens()
                        ? new JdbcReviewRepository.Saved(claims.reopenForReview(claimId), written.written()) : written;
            });
            return saved(saved.claim(), clean, saved.written(), write.action());
        }
        UserId verdictBy = clean.verdictId() == null ? null : write.by();
        transactions.executeWithoutResult(status -> {
            reviews.insert(claimId, claim.data().projectId(), clean, verdictBy, write);
            discussion.assigned(claim, clean.assignee());
        });
        signals.changed(claimId, ReviewSignals.Kind.REVIEW);
        return new Review(claim, 1, clean, verdictBy);
    }

    private static ConflictException conflict() {
        return new ConflictException("Someone else saved this claim's review in the meantime. "
                + "Compare both versions and save again.");
    }

    /** Assigns each claim through an ordinary save, so the assignee is told and the history records it. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public int assign(java.util.Collection<ClaimId> claimIds, UserId assignee) {
        int assigned = 0;
        for (var claimId : claimIds) {
            var review = get(claimId);
            var d = review.data();
            if (!Objects.equals(d.assignee(), assignee)) {
                save(claimId, review.version(), d.withAssignee(assignee));
            }
            assigned++;
        }
        return assigned;
    }

    /** Brings back the review as it was after an earlier revision; the restore is a new revision. */
    public Review restore(ClaimId claimId, long revisionId, int version) {
        var data = reviews.snapshot(claimId, revisionId)
                .orElseThrow(() -> new NotFoundException("That revision does not exist or holds no review state."));
        return save(claimId, version, data, ReviewAction.restoredFrom(revisionId));
    }

    /** What the public sees of the claim: its last publication, unless it was withdrawn since. */
    @Transactional(readOnly = true)
    public java.util.Optional<Publication> publication(ClaimId claimId) {
        claims.get(claimId);
        return claims.verdictHidden(claimId) ? java.util.Optional.empty() : publications.current(claimId);
    }

    @Transactional(readOnly = true)
    public List<ReviewRevision> history(ClaimId claimId) {
        claims.get(claimId);
        return claims.verdictHidden(claimId) ? List.of() : reviews.revisions(claimId);
    }

    /** The statuses the workflow allows next, in the order the claim page offers them. */
    public List<org.factdesk.claim.ClaimStatus> nextStatuses(org.factdesk.claim.ClaimStatus status) {
        var next = ReviewWorkflow.NEXT.getOrDefault(status, java.util.Set.of());
        return java.util.Arrays.stream(org.factdesk.claim.ClaimStatus.values()).filter(next::contains)
                .sorted(java.util.Comparator.comparing(s -> s == org.factdesk.claim.ClaimStatus.DISMISSED
                        || s.ordinal() < status.ordinal()))
                .toList();
    }

    /** Moves the claim one step along the workflow, subject to the workflow's rules. */
    public Claim advance(ClaimId claimId, int claimVersion) {
        var claim = claims.get(claimId);
        var next = ReviewWorkflow.advance(claim.data().status());
        if (next == claim.data().status()) {
            throw new InvalidInputException("This claim is " + claim.data().status().label() + ": there is no next step.");
        }
        return claims.setStatus(claimId, claimVersion, next);
    }

    /** Checks that a changed verdict is on the scale and a changed assignee a member; kept ones stay valid. */
    private void checkReferences(Claim claim, ReviewData data, ReviewData before) {
        if (data.verdictId() != null && !data.verdictId().equals(before.verdictId())
                && new RatingScale(reviews.levels(claim.data().projectId())).level(data.verdictId())
                .isEmpty()) {
            throw new InvalidInputException("That verdict is not on this project's rating scale.");
        }
        if (data.assignee() != null && !data.assignee().equals(before.assignee()) && projects.members(claim.data().projectId()).stream()
                .noneMatch(m -> m.userId().equals(data.assignee()))) {
            throw new InvalidInputException("Claims are assigned to members of the project only.");
        }
    }

    private static ReviewData clean(ReviewData data) {
        if (data.tags() != null && data.tags().stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("tags", "A tag is empty (null). Send each tag as text, or leave it out.");
        }
        var tags = data.tags() == null ? List.<String>of() : data.tags().stream().map(String::strip)
                .filter(t -> !t.isEmpty()).distinct().toList();
        String rationale = data.rationale() == null ? "" : data.rationale();
        if (rationale.length() > ReviewData.RATIONALE_MAX) {
            throw new InvalidInputException("The rationale is longer than 100,000 characters. Link longer material as evidence.");
        }
        if (tags.size() > ReviewData.TAGS_MAX) {
            throw new InvalidInputException("A claim has at most " + ReviewData.TAGS_MAX + " tags; it has " + tags.size() + ".");
        }
        tags.forEach(t -> org.factdesk.base.TextLimits.require("The tag \"" + t.substring(0, Math.min(t.length(), 20))
                + "…\"", t, ReviewData.TAG_MAX));
        String claimant = org.factdesk.base.TextLimits.require("The claimant", Blanks.toNull(data.claimant()), ReviewData.CLAIMANT_MAX);
        String claimReviewed = Blanks.toNull(data.claimReviewed());
        if (claimReviewed != null && claimReviewed.length() > ReviewData.CLAIM_REVIEWED_MAX) {
            throw new InvalidInputException("The published wording of the claim is longer than 500 characters. "
                    + "Shorten it to the claim itself.");
        }
        checkDate("claimDate", "The claim date", data.claimDate());
        checkDate("dueDate", "The due date", data.dueDate());
        return data.withRationale(rationale).withClaimant(claimant).withTags(tags).withClaimReviewed(claimReviewed);
    }

    /** Four-digit years only: a mistyped year such as 57385 is refused rather than stored. */
    private static void checkDate(String field, String what, java.time.LocalDate date) {
        if (date != null && (date.getYear() < 1000 || date.getYear() > 9999)) {
            throw new InvalidInputException(field, what + " " + date + " is out of range: give a year from 1000 to 9999.");
        }
    }
}
