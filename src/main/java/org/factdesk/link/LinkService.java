package org.factdesk.link;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.base.ConflictException;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.source.DocumentId;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What editors see and decide of links: a claim's links, a project's conflicts, confirming and rejecting. */
@Service
@Transactional
public class LinkService {

    /** A link read from one of its claims: the other claim, and the differences from this claim's side. */
    public record ClaimLink(LinkId id, int version, ClaimId claimId, DocumentId documentId, String quote,
                            String outlet, String documentTitle, LocalDate documentDate, LinkRelation relation,
                            LinkState state, int score, List<String> reasons, List<Difference> differences) {
    }

    /** Both ends of a link, for the project's lists. */
    public record LinkPair(LinkId id, int version, End a, End b, LinkRelation relation, LinkState state, int score,
                           List<String> reasons, List<Difference> differences) {
    }

    public record End(ClaimId claimId, DocumentId documentId, String quote, String outlet, String documentTitle) {
    }

    /** A project's links filtered; null means any. Rejected links show only when asked for by state. */
    public record LinkFilter(LinkRelation relation, LinkState state, DocumentId document, String outlet,
                             DifferenceKind difference) {

        public static LinkFilter conflicts() {
            return new LinkFilter(LinkRelation.CONFLICTS, null, null, null, null);
        }
    }

    /** "3 sources agree, 1 conflicts": other documents by relation, rejected links left out. */
    public record Agreement(int agree, int conflict, int related) {

        public String inWords() {
            if (agree + conflict + related == 0) {
                return "No other source found yet";
            }
            var parts = new java.util.ArrayList<String>();
            if (agree > 0) {
                parts.add(agree + (agree == 1 ? " source agrees" : " sources agree"));
            }
            if (conflict > 0) {
                // "3 sources agree, 1 conflicts", or alone "1 source conflicts"
                String who = parts.isEmpty() ? (conflict == 1 ? " source" : " sources") : "";
                parts.add(conflict + who + (conflict == 1 ? " conflicts" : " conflict"));
            }
            if (related > 0) {
                parts.add(related + " related");
            }
            return String.join(", ", parts);
        }
    }

    public record LinkHistoryEntry(java.time.Instant at, String actor, LinkState action, Map<String, Object> before,
                                   Map<String, Object> after) {
    }

    private final JdbcLinkRepository links;
    private final ClaimService claims;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final LiveChannel live;
    private final LinkScheduling scheduling;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    LinkService(JdbcLinkRepository links, ClaimService claims, ProjectAccess access, CurrentUser currentUser,
                LiveChannel live, LinkScheduling scheduling, org.springframework.context.ApplicationEventPublisher events,
                Clock clock) {
        this.events = events;
        this.scheduling = scheduling;
        this.links = links;
        this.claims = claims;
        this.access = access;
        this.currentUser = currentUser;
        this.live = live;
        this.clock = clock;
    }

    /** The claim's links, confirmed first, then suggestions best first; rejected ones only if asked. */
    @Transactional(readOnly = true)
    public List<ClaimLink> linksOf(ClaimId claimId, boolean withRejected) {
        claims.get(claimId); // read access, or not found
        return links.ofClaim(claimId, withRejected, 50).stream().map(v -> {
            var d = v.link().data();
            return new ClaimLink(v.link().id(), v.link().version(), v.other(), v.otherDocument(), v.otherQuote(),
                    v.otherOutlet(), v.otherTitle(), v.otherDate(), d.relation(), d.state(), d.score(), d.reasons(),
                    d.differencesFrom(claimId));
        }).toList();
    }

    @Transactional(readOnly = true)
    public Agreement agreement(ClaimId claimId) {
        var byDocument = new LinkedHashMap<DocumentId, LinkRelation>();
        for (var link : linksOf(claimId, false)) {
            // a document counts once, with its strongest relation: a conflict outweighs agreement
            byDocument.merge(link.documentId(), link.relation(), (x, y) -> rank(x) <= rank(y) ? x : y);
        }
        int agree = 0, conflict = 0, related = 0;
        for (var r : byDocument.values()) {
            switch (r) {
                case CORROBORATES, DUPLICATE -> agree++;
                case CONFLICTS -> conflict++;
                case RELATED -> related++;
            }
        }
        return new Agreement(agree, conflict, related);
    }

    private static int rank(LinkRelation r) {
        return switch (r) {
            case CONFLICTS -> 0;
            case CORROBORATES -> 1;
            case DUPLICATE -> 2;
            case RELATED -> 3;
        };
    }

    @Transactional(readOnly = true)
    public List<LinkPair> pairs(ProjectId project, LinkFilter filter, int offset, int limit) {
        access.requireRead(project);
        if (limit < 1 || limit > 500 || offset < 0) {
            throw new InvalidInputException("limit must be 1 to 500 and offset at least 0.");
        }
        return links.pairs(project, new JdbcLinkRepository.PairQuery(filter.relation(), filter.state(), filter.document(),
                filter.outlet(), filter.difference()), offset, limit).stream().map(LinkService::pair).toList();
    }

    private static LinkPair pair(JdbcLinkRepository.PairView v) {
        var d = v.link().data();
        return new LinkPair(v.link().id(), v.link().version(), end(v.a()), end(v.b()), d.relation(), d.state(),
                d.score(), d.reasons(), d.differences());
    }

    private static End end(JdbcLinkRepository.End e) {
        return new End(e.claimId(), e.documentId(), e.quote(), e.outlet(), e.title());
    }

    /** Claims of the project still waiting to be linked: 0 once every claim has been. */
    @Transactional(readOnly = true)
    public int pending(ProjectId project) {
        access.requireRead(project);
        return links.pending(project);
    }

    /** Open conflicts (suggested or confirmed), for the dashboard. */
    @Transactional(readOnly = true)
    public int openConflicts(ProjectId project) {
        access.requireRead(project);
        var byState = links.counts(project).getOrDefault(LinkRelation.CONFLICTS, Map.of());
        return byState.getOrDefault(LinkState.SUGGESTED, 0) + byState.getOrDefault(LinkState.CONFIRMED, 0);
    }

    @Transactional(readOnly = true)
    public Map<LinkRelation, Map<LinkState, Integer>> counts(ProjectId project) {
        access.requireRead(project);
        var counts = new EnumMap<LinkRelation, Map<LinkState, Integer>>(LinkRelation.class);
        counts.putAll(links.counts(project));
        return counts;
    }

    @Transactional(readOnly = true)
    public Link get(LinkId id) {
        var link = links.find(id).orElseThrow(() -> notFound(id));
        try {
            access.requireRead(link.data().projectId());
        } catch (NotFoundException e) {
            throw notFound(id);
        }
        return link;
    }

    /** An editor's decision: the relation as they see it, and confirmed or rejected (or back to suggested). */
    public Link decide(LinkId id, int expectedVersion, LinkRelation relation, LinkState state) {
        var link = get(id);
        access.requireEdit(link.data().projectId());
        if (relation == null || state == null) {
            throw new InvalidInputException("Say the relation and the state.");
        }
        if (link.version() != expectedVersion) {
            throw new ConflictException("Someone changed this link meanwhile. Reload it and decide again.");
        }
        var me = currentUser.requireId();
        var now = clock.instant();
        links.decide(link, expectedVersion, relation, state, me, now);
        links.addRevision(id, me, state, Map.of("relation", link.data().relation().name(), "state",
                link.data().state().name()), Map.of("relation", relation.name(), "state", state.name()), now);
        events.publishEvent(new LinksChanged(link.data().projectId()));
        live.publish(LinkTopics.project(link.data().projectId()), LinkTopics.Signal.LINKS,
                currentUser.require().displayName());
        return links.find(id).orElseThrow();
    }

    /** A link an editor makes by hand, confirmed at once; an existing pair is confirmed with that relation. */
    public Link create(ClaimId from, ClaimId to, LinkRelation relation) {
        if (relation == null) {
            throw new InvalidInputException("Say the relation: CORROBORATES, CONFLICTS, RELATED or DUPLICATE.");
        }
        var a = claims.get(from);
        var b = claims.get(to);
        var project = a.data().projectId();
        access.requireEdit(project);
        if (!b.data().projectId().equals(project)) {
            throw new InvalidInputException("Both claims must be in the same project.");
        }
        if (a.data().documentId().equals(b.data().documentId())) {
            throw new InvalidInputException("Links join claims of different documents; these are in the same one.");
        }
        var existing = links.findPair(from, to);
        if (existing.isPresent()) {
            return decide(existing.get().id(), existing.get().version(), relation, LinkState.CONFIRMED);
        }
        var me = currentUser.requireId();
        var now = clock.instant();
        var inserted = links.insertConfirmed(project, from, to, relation, me, now);
        if (inserted.isEmpty()) {
            // the linker suggested this pair a moment ago: confirm its suggestion instead
            var suggested = links.findPair(from, to).orElseThrow();
            return decide(suggested.id(), suggested.version(), relation, LinkState.CONFIRMED);
        }
        var id = inserted.get();
        links.addRevision(id, me, LinkState.CONFIRMED, null, Map.of("relation", relation.name(), "state",
                LinkState.CONFIRMED.name()), now);
        events.publishEvent(new LinksChanged(project));
        live.publish(LinkTopics.project(project), LinkTopics.Signal.LINKS, currentUser.require().displayName());
        return links.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<LinkHistoryEntry> history(LinkId id) {
        get(id);
        return links.revisions(id).stream()
                .map(r -> new LinkHistoryEntry(r.at(), r.actor(), r.action(), r.before(), r.after())).toList();
    }

    /** Queues every claim of the project to be linked again (suggestions refreshed; decisions kept). */
    public int relink(ProjectId project) {
        access.requireEdit(project);
        int queued = links.queueProject(project, clock.instant());
        scheduling.scheduleWorkers();
        return queued;
    }

    /** An editor's decision on one of a claim's links, with the other claim as the history names it. */
    public record Decision(java.time.Instant at, String actor, LinkState state, LinkRelation relation,
                           ClaimId otherClaim, String otherQuote, String otherOutlet) {
    }

    /** The editors' decisions on the claim's links, oldest first: what the claim's history shows of them. */
    @Transactional(readOnly = true)
    public List<Decision> decisionsOf(ClaimId claimId) {
        claims.get(claimId);
        return links.decisionsOf(claimId);
    }

    private static NotFoundException notFound(LinkId id) {
        return new NotFoundException("There is no link " + id + ", or it is not in a project of yours.");
    }

    /** The link with both its ends, for the API; a stranger's link is not found. */
    @Transactional(readOnly = true)
    public LinkPair pair(LinkId id) {
        get(id);
        return links.pair(id).map(LinkService::pair).orElseThrow(() -> notFound(id));
    }
}
