package org.factdesk.link.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.List;
import org.factdesk.base.ConflictException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimId;
import org.factdesk.link.DifferenceKind;
import org.factdesk.link.LinkId;
import org.factdesk.link.LinkRelation;
import org.factdesk.link.LinkService;
import org.factdesk.link.LinkState;
import org.factdesk.link.api.LinkJson.ClaimLinkJson;
import org.factdesk.link.api.LinkJson.DecisionJson;
import org.factdesk.link.api.LinkJson.LinkDetailJson;
import org.factdesk.link.api.LinkJson.NewLinkJson;
import org.factdesk.link.api.LinkJson.PairJson;
import org.factdesk.link.api.LinkJson.ProjectLinksJson;
import org.factdesk.source.DocumentId;
import org.factdesk.team.ProjectId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Cross-source links. Members read; editors make links by hand and decide on them. A link's ETag is its version:
 * PATCH needs it as If-Match, and a stale one answers 409 with the link as it is now, as the claims' reviews do.
 */
@RestController
class LinkApiController {

    private final LinkService links;

    LinkApiController(LinkService links) {
        this.links = links;
    }

    @Operation(operationId = "listClaimLinks", summary = "A claim's links to claims of other sources, best first",
            description = "Confirmed links first, then suggestions by score; rejected ones only with rejected=true. "
                    + "Each names the other claim, and its differences are told from this claim's side.")
    @ApiResponse(responseCode = "200", description = "The claim's links",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ClaimLinkJson.class))))
    @GetMapping("/api/claims/{claimId}/links")
    List<ClaimLinkJson> ofClaim(@PathVariable long claimId,
                                @Parameter(description = "also the links an editor rejected")
                                @RequestParam(defaultValue = "false") boolean rejected) {
        return links.linksOf(new ClaimId(claimId), rejected).stream().map(ClaimLinkJson::of).toList();
    }

    @Operation(operationId = "listProjectLinks", summary = "A project's links, most important first, and how many "
            + "claims still wait to be linked",
            description = "Pairs whose claims are published or in review first, then suggestions before decided "
                    + "links, by score. Rejected links show only with state=REJECTED.")
    @ApiResponse(responseCode = "200", description = "A page of the project's links")
    @GetMapping("/api/projects/{projectId}/links")
    ProjectLinksJson ofProject(@PathVariable long projectId,
                               @RequestParam(required = false) LinkRelation relation,
                               @RequestParam(required = false) LinkState state,
                               @Parameter(description = "links with a claim in this document")
                               @RequestParam(required = false) Long documentId,
                               @Parameter(description = "links with a claim from this outlet (any case)")
                               @RequestParam(required = false) String outlet,
                               @Parameter(description = "links whose claims differ in this")
                               @RequestParam(required = false) DifferenceKind difference,
                               @Parameter(description = "the first link to show, from 0")
                               @RequestParam(defaultValue = "0") int offset,
                               @Parameter(description = "how many links, 1 to 500")
                               @RequestParam(defaultValue = "50") int limit) {
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset must be 0 or more.");
        }
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "limit must be 1 to 500.");
        }
        var project = new ProjectId(projectId);
        var filter = new LinkService.LinkFilter(relation, state, documentId == null ? null : new DocumentId(documentId),
                outlet == null || outlet.isBlank() ? null : outlet.strip(), difference);
        var items = links.pairs(project, filter, offset, limit).stream().map(PairJson::of).toList();
        return new ProjectLinksJson(links.pending(project), items);
    }

    @Operation(operationId = "getLink", summary = "A link with both its claims and its history",
            description = "The ETag is the link's version: send it as If-Match to change the link.")
    @ApiResponse(responseCode = "200", description = "The link; ETag is its version",
            headers = @Header(name = "ETag", description = "the link's version, e.g. \"2\"",
                    schema = @Schema(type = "string")))
    @GetMapping("/api/links/{linkId}")
    ResponseEntity<LinkDetailJson> get(@PathVariable long linkId) {
        var id = new LinkId(linkId);
        return withTag(HttpStatus.OK, detail(id));
    }

    @Operation(operationId = "createLink", summary = "Link a claim to a claim of another source, confirmed at once",
            description = "An editor's link by hand. If the two claims are linked already, that link is confirmed "
                    + "with this relation.")
    @ApiResponse(responseCode = "201", description = "The link, confirmed; Location is where it is",
            headers = {@Header(name = "Location", description = "the link: /api/links/{id}",
                    schema = @Schema(type = "string", example = "/api/links/42")),
                    @Header(name = "ETag", description = "the link's version", schema = @Schema(type = "string"))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = LinkDetailJson.class)))
    @PostMapping(path = "/api/claims/{claimId}/links", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LinkDetailJson> create(@PathVariable long claimId, @RequestBody NewLinkJson body) {
        if (body.claimId() == null) {
            throw new InvalidInputException("claimId", "Send claimId: the claim to link to.");
        }
        if (body.relation() == null) {
            throw new InvalidInputException("relation", "Send relation: one of CORROBORATES, CONFLICTS, RELATED, "
                    + "DUPLICATE.");
        }
        if (body.claimId() == claimId) {
            throw new InvalidInputException("claimId", "A claim cannot be linked to itself.");
        }
        var link = links.create(new ClaimId(claimId), new ClaimId(body.claimId()), body.relation());
        var detail = detail(link.id());
        // a path, not an absolute URL: behind a proxy the host the server sees need not be the client's
        var location = URI.create(ServletUriComponentsBuilder.fromCurrentContextPath().build().getPath()
                + "/api/links/" + link.id());
        return ResponseEntity.created(location).eTag(String.valueOf(detail.version())).body(detail);
    }

    @Operation(operationId = "decideLink", summary = "Confirm, reject or re-label a link",
            description = "relation, state or both; what is left out stays. Needs If-Match with the version from a "
                    + "GET's ETag (or a list's version). Editors only.")
    @ApiResponse(responseCode = "200", description = "Decided; ETag is the new version",
            headers = @Header(name = "ETag", description = "the link's new version", schema = @Schema(type = "string")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = LinkDetailJson.class)))
    @ApiResponse(responseCode = "409", description = "Someone decided first: the link as it is now, to decide again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = LinkDetailJson.class)))
    @PatchMapping(path = "/api/links/{linkId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LinkDetailJson> decide(@PathVariable long linkId,
                                          @Parameter(required = true, description = "the version from a GET's ETag, "
                                                  + "e.g. \"3\"")
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          @RequestBody DecisionJson body) {
        String version = ifMatch == null ? "" : ifMatch.replace("\"", "").strip();
        if (!version.matches("\\d{1,9}")) {
            throw new InvalidInputException("If-Match", "Send If-Match with the link's version from a GET of it, "
                    + "e.g. If-Match: \"3\".");
        }
        if (body.relation() == null && body.state() == null) {
            throw new InvalidInputException("Send relation, state or both.");
        }
        var id = new LinkId(linkId);
        var current = links.get(id);
        var relation = body.relation() != null ? body.relation() : current.data().relation();
        var state = body.state() != null ? body.state() : current.data().state();
        try {
            links.decide(id, Integer.parseInt(version), relation, state);
        } catch (ConflictException stale) {
            return withTag(HttpStatus.CONFLICT, detail(id));
        }
        return withTag(HttpStatus.OK, detail(id));
    }

    private LinkDetailJson detail(LinkId id) {
        return LinkDetailJson.of(links.pair(id), links.history(id));
    }

    private static ResponseEntity<LinkDetailJson> withTag(HttpStatus status, LinkDetailJson link) {
        return ResponseEntity.status(status).eTag(String.valueOf(link.version())).body(link);
    }
}
