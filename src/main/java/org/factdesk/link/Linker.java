package org.factdesk.link;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.claim.ClaimId;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Component;

/**
 * Links claims: their keys and words are indexed, candidates are found by blocking in PostgreSQL, each candidate is
 * compared by {@link LinkRules}, and the best suggestions are stored. Runs inside the caller's transaction, as the
 * system; decided links (confirmed or rejected) are never changed by it.
 */
@Component
class Linker {

    /** At most this many claims a blocking key brings, newest first. */
    static final int PER_KEY = 200;
    /** Candidates compared per claim, by shared keys. */
    static final int PER_CLAIM = 80;
    /** Candidates added by trigram similarity of the words. */
    static final int SIMILAR = 20;
    /** Suggestions kept per claim, best first. */
    static final int KEEP = 10;

    private final JdbcLinkRepository links;
    private final SentenceEmbeddings embeddings;
    private final Clock clock;

    Linker(JdbcLinkRepository links, SentenceEmbeddings embeddings, Clock clock) {
        this.links = links;
        this.embeddings = embeddings;
        this.clock = clock;
    }

    /** Indexes and links the claims in one go, in the caller's transaction (for a single caller, as in tests). */
    void link(List<Long> claimIds) {
        index(claimIds);
        suggest(claimIds);
    }

    /**
     * Writes the claims' blocking keys and words. Committed before {@link #suggest} runs, so that two workers linking
     * at the same moment cannot miss each other's claims: whichever suggests later finds the other's keys.
     */
    void index(List<Long> claimIds) {
        var rows = links.claims(claimIds);
        var projects = new HashMap<ClaimId, ProjectId>();
        rows.forEach(row -> projects.put(row.id(), row.projectId()));
        var profiles = rows.stream().map(Linker::profile).toList();
        var vectors = embeddings.embed(rows.stream().map(JdbcLinkRepository.ClaimRow::quote).toList());
        if (!vectors.isEmpty()) {
            var embedded = new ArrayList<ClaimProfile>(profiles.size());
            for (int i = 0; i < profiles.size(); i++) {
                embedded.add(profiles.get(i).withEmbedding(vectors.get(i)));
            }
            profiles = embedded;
        }
        links.index(profiles, projects);
    }

    /** Finds and stores the claims' best suggestions; returns the projects the claims are in. */
    Set<ProjectId> suggest(List<Long> claimIds) {
        var rows = links.claims(claimIds);
        if (rows.isEmpty()) {
            return Set.of();
        }
        var projects = new HashMap<ClaimId, ProjectId>();
        var profiles = new ArrayList<ClaimProfile>();
        for (var row : rows) {
            projects.put(row.id(), row.projectId());
            profiles.add(profile(row));
        }
        var candidates = links.candidates(profiles, projects, PER_KEY, PER_CLAIM, SIMILAR);

        var candidateIds = candidates.values().stream().flatMap(List::stream).collect(Collectors.toSet());
        var others = new HashMap<Long, ClaimProfile>();
        for (var row : links.claims(candidateIds)) {
            others.put(row.id().value(), profile(row));
            projects.putIfAbsent(row.id(), row.projectId());
        }
        profiles.forEach(p -> others.put(p.claimId().value(), p));

        var found = new HashMap<List<Long>, LinkData>();
        for (var p : profiles) {
            var best = new ArrayList<LinkData>();
            for (Long other : candidates.getOrDefault(p.claimId(), List.of())) {
                var o = others.get(other);
                if (o == null || o.documentId().equals(p.documentId())) {
                    continue;
                }
                // compared from the lower id's side, so a pair reads the same whichever claim found it
                var first = p.claimId().value() < o.claimId().value() ? p : o;
                var second = first == p ? o : p;
                LinkRules.compare(first, second).ifPresent(s -> best.add(new LinkData(projects.get(p.claimId()),
                        first.claimId(), second.claimId(), s.relation(), LinkState.SUGGESTED, s.score(), s.reasons(),
                        s.differences(), null, null)));
            }
            best.sort(Comparator.comparingInt(LinkData::score).reversed());
            best.stream().limit(KEEP).forEach(d -> found.putIfAbsent(key(d), d));
        }
        var existing = links.existing(found.keySet());
        var inserts = new ArrayList<LinkData>();
        var updates = new ArrayList<Link>();
        for (var entry : found.entrySet()) {
            var link = existing.get(entry.getKey());
            if (link == null) {
                inserts.add(entry.getValue());
            } else if (link.data().state() == LinkState.SUGGESTED && changed(link.data(), entry.getValue())) {
                updates.add(link.withData(entry.getValue()));
            }
            // confirmed and rejected pairs stay as the editor left them: a rejection is never suggested again
        }
        var now = clock.instant();
        links.insertSuggestions(inserts, now);
        links.updateSuggestions(updates, now);
        return Set.copyOf(projects.values());
    }

    private static boolean changed(LinkData before, LinkData after) {
        return before.relation() != after.relation() || before.score() != after.score()
                || !before.reasons().equals(after.reasons()) || !before.differences().equals(after.differences());
    }

    private static List<Long> key(LinkData d) {
        return List.of(d.claimA().value(), d.claimB().value());
    }

    static ClaimProfile profile(JdbcLinkRepository.ClaimRow row) {
        return ClaimProfile.of(row.id(), row.documentId(), row.quote(), row.facts(), row.outlet(), row.documentDate())
                .withEmbedding(row.embedding());
    }
}
