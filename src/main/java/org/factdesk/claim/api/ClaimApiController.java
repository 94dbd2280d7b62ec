package org.factdesk.claim.api;

import java.util.List;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimDate;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimSort;
import org.factdesk.claim.ClaimStatus;
import org.factdesk.claim.Entity;
import org.factdesk.claim.Quantity;
import org.factdesk.source.DocumentId;
import org.factdesk.team.ProjectId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ClaimApiController {

    private final ClaimService claims;

    ClaimApiController(ClaimService claims) {
        this.claims = claims;
    }

    record ClaimJson(long id, long documentId, int documentVersion, int start, int end, String quote, String prefix,
                     String suffix, int score, List<String> signals, String status, String anchor, String origin,
                     List<Quantity> quantities, List<ClaimDate> dates, String claimant, List<Entity> entities) {
        static ClaimJson of(Claim claim) {
            var d = claim.data();
            return new ClaimJson(claim.id().value(), d.documentId().value(), d.documentVersion(), d.span().start(),
                    d.span().end(), d.quote(), d.prefix(), d.suffix(), d.score(),
                    d.signals().stream().filter(s -> !s.kind().equals("base")).map(s -> s.label()).toList(),
                    d.status().name(), d.anchor().name(), d.origin().name(), d.facts().quantities(), d.facts().dates(),
                    d.facts().claimant(), d.facts().entities());
        }
    }

    @GetMapping("/api/documents/{documentId}/claims")
    List<ClaimJson> forDocument(@PathVariable long documentId) {
        return claims.forDocument(new DocumentId(documentId)).stream().map(ClaimJson::of).toList();
    }

    @GetMapping("/api/projects/{projectId}/claims")
    List<ClaimJson> forProject(@PathVariable long projectId,
                               @RequestParam(required = false) Long documentId,
                               @RequestParam(required = false) String outlet,
                               @RequestParam(required = false) ClaimStatus status,
                               @RequestParam(required = false) Integer minScore,
                               @RequestParam(required = false) Integer maxScore,
                               @RequestParam(required = false) String q,
                               @RequestParam(required = false) Boolean hasFigure,
                               @RequestParam(required = false) String claimant,
                               @RequestParam(defaultValue = "score") String sort,
                               @RequestParam(defaultValue = "0") int offset,
                               @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000 || offset < 0) {
            throw new InvalidInputException("limit must be 1 to 1000 and offset at least 0.");
        }
        ClaimSort order = switch (sort) {
            case "score" -> ClaimSort.SCORE;
            case "newest" -> ClaimSort.NEWEST;
            case "status" -> ClaimSort.STATUS;
            default -> throw new InvalidInputException("sort must be score, newest or status.");
        };
        var query = new ClaimQuery(documentId == null ? null : new DocumentId(documentId), outlet, status, minScore,
                maxScore, q, hasFigure, claimant);
        return claims.findClaims(new ProjectId(projectId), query, order, offset, limit).stream().map(ClaimJson::of)
                .toList();
    }
}
