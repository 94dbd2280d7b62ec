package org.factdesk.review.api;

import java.time.LocalDate;
import java.util.List;
import org.factdesk.base.ConflictException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.web.ApiInput;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.review.Comment;
import org.factdesk.review.DiscussionService;
import org.factdesk.review.Evidence;
import org.factdesk.review.Review;
import org.factdesk.review.ReviewRevision;
import org.factdesk.review.ReviewService;
import org.factdesk.team.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A claim with its review. PATCH needs {@code If-Match: <version>} from a previous GET; a stale
 * version answers 409 with the current state, so a script can merge and retry knowingly.
 */
@RestController
class ClaimReviewApiController {

    private final ReviewService reviews;
    private final DiscussionService discussion;

    ClaimReviewApiController(ReviewService reviews, DiscussionService discussion) {
        this.reviews = reviews;
        this.discussion = discussion;
    }

    record ReviewJson(long claimId, long documentId, String quote, String status, int claimVersion, int version,
                      Long verdictId, String verdict, String rationale, String claimant, LocalDate claimDate,
                      List<String> tags, Long assigneeId, LocalDate dueDate, String claimReviewed,
                      List<EvidenceJson> evidence,
                      List<Comment> comments, List<ReviewRevision> history) {
    }

    record EvidenceJson(long id, String kind, String relation, String label, String url, String title,
                        LocalDate accessedOn, String archivedUrl, Long documentId, Long claimId, String note) {

        static EvidenceJson of(Evidence evidence) {
            var d = evidence.data();
            return new EvidenceJson(evidence.id(), d.kind().name(), d.relation().name(), evidence.label(), d.url(),
                    d.title(), d.accessedOn(), d.archivedUrl(), d.document() == null ? null : d.document().value(),
                    d.otherClaim() == null ? null : d.otherClaim().value(), d.note());
        }
    }

    record CommentJson(String body, Long parentId) {
    }

    record PatchJson(Long verdictId, String verdict, String rationale, String claimant, LocalDate claimDate,
                     List<String> tags, Long assigneeId, LocalDate dueDate, String claimReviewed, String status) {
    }

    private ReviewJson json(Review review) {
        var claim = review.claim();
        var scale = reviews.scale(claim.data().projectId());
        var d = review.data();
        return new ReviewJson(claim.id().value(), claim.data().documentId().value(), claim.data().quote(),
                claim.data().status().name(), claim.version(), review.version(), d.verdictId(),
                scale.level(d.verdictId()).map(l -> l.label()).orElse(null), d.rationale(),
                d.claimant() != null ? d.claimant() : claim.data().facts().claimant(), d.claimDate(), d.tags(),
                d.assignee() == null ? null : d.assignee().value(), d.dueDate(), d.claimReviewed(),
                discussion.evidence(claim.id()).stream().map(EvidenceJson::of).toList(),
                discussion.comments(claim.id()), reviews.history(claim.id()));
    }

    @GetMapping("/api/claims/{claimId}")
    ResponseEntity<ReviewJson> get(@PathVariable long claimId) {
        var review = reviews.get(new ClaimId(claimId));
        return ResponseEntity.ok().eTag(String.valueOf(review.version())).body(json(review));
    }

    @Operation(summary = "Change a claim's review and status, all or nothing",
            description = "Any of the fields; those left out keep their value. The review is saved and the status "
                    + "changed in one transaction: if the workflow refuses the status, nothing is saved.")
    @ApiResponse(responseCode = "200", description = "Saved; ETag is the new version",
            content = @Content(schema = @Schema(implementation = ReviewJson.class)))
    @ApiResponse(responseCode = "409", description = "Someone saved first: the current state, to merge and retry",
            content = @Content(schema = @Schema(implementation = ReviewJson.class)))
    @PatchMapping(path = "/api/claims/{claimId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReviewJson> patch(@PathVariable long claimId,
                            @Parameter(required = true, description = "the version from a GET's ETag, e.g. \"3\"")
                            @RequestHeader(name = "If-Match", required = false) String ifMatch,
                            @RequestBody PatchJson patch) {
        var id = new ClaimId(claimId);
        if (ifMatch == null || !ifMatch.replace("\"", "").strip().matches("\\d{1,9}")) {
            throw new InvalidInputException("If-Match", "Send If-Match with the review version from a GET of this "
                    + "claim, e.g. If-Match: \"3\".");
        }
        int version = Integer.parseInt(ifMatch.replace("\"", "").strip());
        // everything that can be refused without the database is refused before anything is written
        ClaimStatus status = status(patch.status());
        ApiInput.texts("tags", patch.tags(), 200);
        ApiInput.date("claimDate", patch.claimDate());
        ApiInput.date("dueDate", patch.dueDate());
        var current = reviews.get(id);
        // the fields the patch leaves out keep their value
        var data = current.data().withVerdictId(verdictId(current, patch));
        data = patch.rationale() != null ? data.withRationale(patch.rationale()) : data;
        data = patch.claimant() != null ? data.withClaimant(patch.claimant()) : data;
        data = patch.claimDate() != null ? data.withClaimDate(patch.claimDate()) : data;
        data = patch.tags() != null ? data.withTags(patch.tags()) : data;
        data = patch.assigneeId() != null ? data.withAssignee(new UserId(patch.assigneeId())) : data;
        data = patch.dueDate() != null ? data.withDueDate(patch.dueDate()) : data;
        data = patch.claimReviewed() != null ? data.withClaimReviewed(patch.claimReviewed()) : data;
        Review saved;
        try {
            saved = reviews.saveWithStatus(id, version, data, status);
        } catch (ConflictException stale) {
            var now = reviews.get(id);
            return ResponseEntity.status(HttpStatus.CONFLICT).eTag(String.valueOf(now.version())).body(json(now));
        }
        return ResponseEntity.ok().eTag(String.valueOf(saved.version())).body(json(saved));
    }

    /** The verdict the patch names, by id or by label; without either, the one the claim has (or none). */
    private Long verdictId(Review current, PatchJson patch) {
        Long byLabel = null;
        if (patch.verdict() != null) {
            byLabel = reviews.scale(current.claim().data().projectId()).byLabel(patch.verdict())
                    .orElseThrow(() -> new InvalidInputException("verdict", "\"" + patch.verdict()
                            + "\" is not on this project's rating scale. GET the claim's project scale, or send "
                            + "verdictId.")).id();
        }
        if (patch.verdictId() != null && byLabel != null && !patch.verdictId().equals(byLabel)) {
            throw new InvalidInputException("verdictId", "verdict and verdictId name different levels. Send one of them.");
        }
        if (patch.verdictId() != null) {
            return patch.verdictId();
        }
        if (byLabel != null) {
            return byLabel;
        }
        return current.data().verdictId();
    }

    private static ClaimStatus status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return ClaimStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "status must be one of "
                    + String.join(", ", java.util.Arrays.stream(ClaimStatus.values()).map(Enum::name).toList())
                    + "; \"" + status + "\" is not.");
        }
    }

    /** Adds a comment, or a reply with {@code parentId}; @login mentions notify members as in the UI. */
    @PostMapping(path = "/api/claims/{claimId}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Comment comment(@PathVariable long claimId, @RequestBody CommentJson comment) {
        return discussion.comment(new ClaimId(claimId), comment.parentId(), comment.body());
    }
}
