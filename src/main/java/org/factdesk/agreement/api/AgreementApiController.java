package org.factdesk.agreement.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.factdesk.agreement.AgreementService;
import org.factdesk.agreement.PairFigures;
import org.factdesk.agreement.RoundFigures;
import org.factdesk.agreement.RoundId;
import org.factdesk.agreement.RoundReport;
import org.factdesk.agreement.RoundSelection;
import org.factdesk.agreement.RoundVerdict;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Agreement rounds. Owners start them; a round's reviewers give their blind verdicts; members read a round, whose
 * figures a reviewer sees once they have judged all their claims. A verdict's ETag is its version: changing one needs
 * it as If-Match, and a stale one answers 409.
 */
@RestController
class AgreementApiController {

    private final AgreementService agreement;

    AgreementApiController(AgreementService agreement) {
        this.agreement = agreement;
    }

    /** A new round: {@code claimIds}, or {@code filter} (the claims list's filters) with {@code sample} and {@code seed}. */
    record RoundStartJson(String name, List<Long> claimIds, Map<String, Object> filter, Integer sample, Long seed,
                        List<Long> reviewers) {
    }

    record RoundReviewerJson(long id, String name, int given, int remaining, Double agreementWithOthers) {
    }

    record RoundFiguresJson(int n, int leftOut, Double percentAgreement, Double cohensKappa, Double fleissKappa,
                       Double krippendorffAlphaNominal, Double krippendorffAlphaOrdinal, int ordinalN, Double gwetAc1) {
        static RoundFiguresJson of(RoundFigures f) {
            return f == null ? null : new RoundFiguresJson(f.n(), f.leftOut(), f.percentAgreement(), f.cohensKappa(),
                    f.fleissKappa(), f.krippendorffAlphaNominal(), f.krippendorffAlphaOrdinal(), f.ordinalN(), f.gwetAc1());
        }
    }

    record RoundPairJson(long a, long b, int n, Double percentAgreement, Double cohensKappa, List<String> labels,
                    int[][] confusion) {
        static RoundPairJson of(PairFigures p) {
            return new RoundPairJson(p.a().value(), p.b().value(), p.n(), p.percentAgreement(), p.cohensKappa(), p.labels(),
                    p.confusion());
        }
    }

    record RoundJson(long id, long projectId, String name, String state, int version, List<Long> claimIds,
                     List<RoundReviewerJson> reviewers, int n, boolean figuresShown, RoundFiguresJson figures,
                     List<RoundPairJson> pairs) {
        static RoundJson of(RoundReport r) {
            var d = r.round().data();
            return new RoundJson(r.round().id().value(), d.projectId().value(), d.name(), d.state().name(),
                    r.round().version(), d.claims().stream().map(ClaimId::value).toList(),
                    r.reviewers().stream().map(x -> new RoundReviewerJson(x.reviewer().value(), x.name(), x.given(),
                            x.remaining(), r.figuresShown() ? x.agreementWithOthers() : null)).toList(),
                    r.figures() == null ? 0 : r.figures().n(), r.figuresShown(), RoundFiguresJson.of(r.figures()),
                    r.pairs().stream().map(RoundPairJson::of).toList());
        }
    }

    record RoundVerdictInJson(String verdict, Long verdictId, String rationale) {
    }

    record RoundVerdictJson(long roundId, long claimId, long reviewer, long verdictId, String verdict, int value,
                       String rationale, String givenAt, String updatedAt, int version) {
        static RoundVerdictJson of(RoundVerdict v) {
            return new RoundVerdictJson(v.roundId().value(), v.claimId().value(), v.reviewer().value(), v.levelId(), v.label(),
                    v.value(), v.rationale(), v.givenAt().toString(), v.updatedAt().toString(), v.version());
        }
    }

    @Operation(operationId = "startRound", summary = "Start an agreement round (owners)",
            description = "claimIds, or filter (the claims list's filters: document, outlet, status, q, verdict, tag …) "
                    + "optionally with sample (N claims drawn at random) and seed (the same seed draws the same claims); "
                    + "reviewers: two or more member ids.")
    @ApiResponse(responseCode = "201", description = "The round; Location is where it is")
    @PostMapping(path = "/api/projects/{projectId}/rounds", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RoundJson> start(@PathVariable long projectId, @RequestBody RoundStartJson body) {
        if (body.claimIds() != null && body.claimIds().stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("claimIds", "claimIds holds a null. Send claim ids only.");
        }
        if (body.reviewers() != null && body.reviewers().stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("reviewers", "reviewers holds a null. Send user ids only.");
        }
        var ids = body.claimIds() == null ? List.<ClaimId>of() : body.claimIds().stream().map(ClaimId::new).toList();
        if (!ids.isEmpty() && (body.filter() != null)) {
            throw new InvalidInputException("filter", "Send claimIds or filter, not both.");
        }
        var selection = new RoundSelection(ids, body.filter() == null ? null : filter(body.filter()), body.sample(),
                body.seed());
        var reviewers = body.reviewers() == null ? List.<UserId>of() : body.reviewers().stream().map(UserId::new).toList();
        var round = agreement.start(new ProjectId(projectId), body.name(), selection, reviewers);
        var location = URI.create(ServletUriComponentsBuilder.fromCurrentContextPath().build().getPath()
                + "/api/rounds/" + round.id());
        return ResponseEntity.created(location).body(RoundJson.of(agreement.report(round.id())));
    }

    /** The claims list's filter from JSON: each value as the claims list's address would carry it. */
    private static ClaimQuery filter(Map<String, Object> filter) {
        var parameters = new java.util.HashMap<String, List<String>>();
        filter.forEach((key, value) -> {
            if (value != null) {
                parameters.put(key, List.of(String.valueOf(value)));
            }
        });
        return ClaimQuery.fromParameters(parameters);
    }

    @Operation(operationId = "getRound", summary = "A round with its figures, per reviewer and per pair",
            description = "figures is null (figuresShown false) for a reviewer of an open round who still has claims "
                    + "to judge. cohensKappa in figures is for two reviewers only; each pair has its own.")
    @GetMapping("/api/rounds/{roundId}")
    RoundJson get(@PathVariable long roundId) {
        return RoundJson.of(agreement.report(new RoundId(roundId)));
    }

    @Operation(operationId = "giveRoundVerdict", summary = "Give or change your blind verdict on a claim of a round",
            description = "verdict (a level's label) or verdictId; rationale optional (2,000 characters at most). The "
                    + "first verdict needs no If-Match; changing one needs its version from the ETag as If-Match.")
    @ApiResponse(responseCode = "200", description = "The verdict; ETag is its version")
    @ApiResponse(responseCode = "409", description = "Changed since that version, or given already without If-Match")
    @PutMapping(path = "/api/rounds/{roundId}/verdicts/{claimId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RoundVerdictJson> give(@PathVariable long roundId, @PathVariable long claimId,
                                     @Parameter(description = "the verdict's version, e.g. \"0\", to change it")
                                     @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                     @RequestBody RoundVerdictInJson body) {
        var id = new RoundId(roundId);
        Long level = body.verdictId();
        if (level == null) {
            if (body.verdict() == null || body.verdict().isBlank()) {
                throw new InvalidInputException("verdict", "Send verdict (a level's label, such as \"Mostly false\") "
                        + "or verdictId.");
            }
            level = agreement.levelByLabel(id, body.verdict()).orElseThrow(() -> new InvalidInputException("verdict",
                    "\"" + body.verdict() + "\" is not a level of this project's rating scale."));
        }
        Integer version = null;
        if (ifMatch != null && !ifMatch.isBlank()) {
            String v = ifMatch.replace("\"", "").strip();
            if (!v.matches("\\d{1,9}")) {
                throw new InvalidInputException("If-Match", "If-Match is the verdict's version, e.g. \"0\".");
            }
            version = Integer.parseInt(v);
        }
        var verdict = agreement.give(id, new ClaimId(claimId), level, body.rationale(), version);
        return ResponseEntity.ok().eTag(String.valueOf(verdict.version())).body(RoundVerdictJson.of(verdict));
    }

    @Operation(operationId = "roundVerdictsCsv", summary = "Every verdict of a round you may see, as CSV",
            description = "round, claim_id, claim, reviewer_id, reviewer, verdict, value, rationale, given_at, "
                    + "changed_at. A reviewer of an open round gets the others' verdicts only on claims they judged.")
    @ApiResponse(responseCode = "200", description = "The verdicts, one a row",
            content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv",
                    schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string", format = "binary")))
    @GetMapping("/api/rounds/{roundId}/verdicts.csv")
    void csv(@PathVariable long roundId, HttpServletResponse response) throws IOException {
        var id = new RoundId(roundId);
        agreement.get(id);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"round-" + roundId + "-verdicts.csv\"");
        var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        agreement.writeCsv(id, out);
        out.flush();
    }
}
