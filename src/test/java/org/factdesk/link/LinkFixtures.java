package org.factdesk.link;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimService;
import org.factdesk.source.ImportRequest;
import org.factdesk.source.SourceImporter;
import org.factdesk.team.ProjectId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Links for the screens' tests, written in SQL once the background linking of a project is done, so a test sees
 * exactly the links it set up, whatever the rules would find.
 */
@Component
public class LinkFixtures {

    private final SourceImporter importer;
    private final ClaimService claims;
    private final LinkService links;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    LinkFixtures(SourceImporter importer, ClaimService claims, LinkService links, JdbcClient jdbc, JsonMapper json) {
        this.importer = importer;
        this.claims = claims;
        this.links = links;
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A one-sentence document in {@code project}, imported as the signed-in user, and its first claim. */
    public ClaimId claim(ProjectId project, String file, String sentence) {
        var document = importer.importOne(project, ImportRequest.file(file, "text/plain",
                (sentence + "\n").getBytes(StandardCharsets.UTF_8))).documentId();
        return claims.forDocument(document).getFirst().id();
    }

    /** Three accounts of one bridge collapse, in three documents. */
    public record BridgeStory(ClaimId council, ClaimId gazette, ClaimId police) {
    }

    /** The three accounts in {@code project}, linked in the background and settled: links are the test's to write. */
    public BridgeStory bridgeStory(ProjectId project) {
        var story = new BridgeStory(
                claim(project, "council.txt",
                        "Eleven people were injured when the bridge collapsed, the council said on Tuesday."),
                claim(project, "gazette.txt",
                        "At least 14 people were injured when the bridge collapsed, officials said on Tuesday."),
                claim(project, "police.txt", "Fourteen people were hurt when the bridge came down on Monday, police said."));
        settle(project);
        return story;
    }

    /**
     * Waits for the background linking, then puts whatever it found out of the way (rejected as related: revisions
     * are append-only, so links are never deleted): the test writes its own links.
     */
    public void settle(ProjectId project) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> links.pending(project) == 0);
        jdbc.sql("update claim_link set relation = 'RELATED', state = 'REJECTED' where project_id = :p")
                .param("p", project.value()).update();
    }

    /** A suggested link of {@code from} and {@code to}, the differences as read from {@code from}. */
    public LinkId suggest(ProjectId project, ClaimId from, ClaimId to, LinkRelation relation, int score,
                          List<String> reasons, List<Difference> differences) {
        boolean fromIsA = from.value() < to.value();
        var stored = fromIsA ? differences : differences.stream().map(Difference::swapped).toList();
        var now = Timestamp.from(Instant.now());
        long id = jdbc.sql("""
                        insert into claim_link (project_id, claim_a, claim_b, relation, state, score, reasons,
                                                differences, created_at, updated_at)
                        values (:p, :a, :b, :relation, 'SUGGESTED', :score, cast(:reasons as jsonb),
                                cast(:differences as jsonb), :now, :now)
                        on conflict (claim_a, claim_b) do update set relation = excluded.relation, state = 'SUGGESTED',
                            score = excluded.score, reasons = excluded.reasons, differences = excluded.differences,
                            version = claim_link.version + 1
                        returning id
                        """)
                .param("p", project.value())
                .param("a", Math.min(from.value(), to.value()))
                .param("b", Math.max(from.value(), to.value()))
                .param("relation", relation.name())
                .param("score", score)
                .param("reasons", json.writeValueAsString(reasons))
                .param("differences", json.writeValueAsString(stored))
                .param("now", now)
                .query(Long.class).single();
        jdbc.sql("""
                        insert into claim_link_revision (link_id, at, actor_id, action, before, after)
                        values (:id, :now, null, 'SUGGESTED', null, '{"state": "SUGGESTED"}')
                        """)
                .param("id", id).param("now", now).update();
        return new LinkId(id);
    }

    public LinkState state(LinkId link) {
        return LinkState.valueOf(jdbc.sql("select state from claim_link where id = :id").param("id", link.value())
                .query(String.class).single());
    }

    /** The actions of the link's revisions, oldest first. */
    public List<String> revisions(LinkId link) {
        return jdbc.sql("select action from claim_link_revision where link_id = :id order by id")
                .param("id", link.value()).query(String.class).list();
    }
}
