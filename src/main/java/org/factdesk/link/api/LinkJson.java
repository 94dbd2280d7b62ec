package org.factdesk.link.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factdesk.link.Difference;
import org.factdesk.link.DifferenceKind;
import org.factdesk.link.LinkRelation;
import org.factdesk.link.LinkService;
import org.factdesk.link.LinkState;

/** The links as the API shows them. */
final class LinkJson {

    private LinkJson() {
    }

    @Schema(description = "What two claims of the same fact disagree on, each in its own words: "
            + "\"figure: 11 injured ↔ at least 14 injured\"")
    record DifferenceJson(DifferenceKind kind,
                          @JsonProperty("this") @Schema(name = "this", description = "as this claim says it")
                          String thisSide,
                          @Schema(description = "as the other claim says it") String other) {

        static List<DifferenceJson> of(List<Difference> differences) {
            return differences.stream().map(d -> new DifferenceJson(d.kind(), d.thisSide(), d.otherSide())).toList();
        }
    }

    @Schema(description = "A link read from one of its claims: the other claim, and the differences from this "
            + "claim's side")
    record ClaimLinkJson(long id, @Schema(description = "send it as If-Match to PATCH /api/links/{linkId}") int version,
                         @Schema(description = "the other claim") long claimId, long documentId, String quote,
                         String outlet, String documentTitle, LinkRelation relation, LinkState state,
                         @Schema(description = "0 to 100") int score, List<String> reasons,
                         List<DifferenceJson> differences) {

        static ClaimLinkJson of(LinkService.ClaimLink l) {
            return new ClaimLinkJson(l.id().value(), l.version(), l.claimId().value(), l.documentId().value(),
                    l.quote(), l.outlet(), l.documentTitle(), l.relation(), l.state(), l.score(), l.reasons(),
                    DifferenceJson.of(l.differences()));
        }
    }

    record EndJson(long claimId, long documentId, String quote, String outlet, String documentTitle) {

        static EndJson of(LinkService.End e) {
            return new EndJson(e.claimId().value(), e.documentId().value(), e.quote(), e.outlet(), e.documentTitle());
        }
    }

    @Schema(description = "A link with both its claims; the differences are told from a's side")
    record PairJson(long id, int version, EndJson a, EndJson b, LinkRelation relation, LinkState state, int score,
                    List<String> reasons, List<DifferenceJson> differences) {

        static PairJson of(LinkService.LinkPair p) {
            return new PairJson(p.id().value(), p.version(), EndJson.of(p.a()), EndJson.of(p.b()), p.relation(),
                    p.state(), p.score(), p.reasons(), DifferenceJson.of(p.differences()));
        }
    }

    record ProjectLinksJson(@Schema(description = "claims of the project still waiting to be linked; 0 once every "
            + "claim has been") int pending, List<PairJson> items) {
    }

    record HistoryJson(Instant at, @Schema(description = "who; null for Factdesk itself") String actor,
                       LinkState action, Map<String, Object> before, Map<String, Object> after) {
    }

    @Schema(description = "A link with both its claims and its history, oldest change first")
    record LinkDetailJson(long id, int version, EndJson a, EndJson b, LinkRelation relation, LinkState state,
                          int score, List<String> reasons, List<DifferenceJson> differences,
                          List<HistoryJson> history) {

        static LinkDetailJson of(LinkService.LinkPair p, List<LinkService.LinkHistoryEntry> history) {
            var pair = PairJson.of(p);
            return new LinkDetailJson(pair.id(), pair.version(), pair.a(), pair.b(), pair.relation(), pair.state(),
                    pair.score(), pair.reasons(), pair.differences(), history.stream()
                    .map(h -> new HistoryJson(h.at(), h.actor(), h.action(), h.before(), h.after())).toList());
        }
    }

    record NewLinkJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "the claim to link to, in "
            + "another document of the same project") Long claimId,
                       @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LinkRelation relation) {
    }

    record DecisionJson(@Schema(description = "the relation as the editor sees it; left out, it stays")
                        LinkRelation relation,
                        @Schema(description = "CONFIRMED, REJECTED, or back to SUGGESTED; left out, it stays")
                        LinkState state) {
    }
}
