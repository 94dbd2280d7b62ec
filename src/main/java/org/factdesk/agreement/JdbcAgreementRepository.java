package org.factdesk.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.base.OptimisticLock;
import org.factdesk.claim.ClaimId;
import org.factdesk.team.ProjectId;
import org.factdesk.team.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rounds, their claims and reviewers, and the blind verdicts, each statement a named block. */
@Repository
class JdbcAgreementRepository {

    private final JdbcClient jdbc;

    JdbcAgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- rounds -------------------------------------------------------------------------------------------------

    private static final String INSERT_ROUND = """
            insert into agreement_round (project_id, name, state, selection, created_by, created_at)
            values (:project, :name, :open, cast(:selection as jsonb), :by, :now)
            returning id
            """;
    private static final String INSERT_CLAIM = """
            insert into agreement_round_claim (round_id, claim_id, position) values (:round, :claim, :position)
            """;
    private static final String INSERT_REVIEWER = """
            insert into agreement_round_reviewer (round_id, user_id) values (:round, :user)
            """;

    RoundId insert(ProjectId project, String name, String selectionJson, List<ClaimId> claims, List<UserId> reviewers,
                   UserId by, Instant now) {
        var id = new RoundId(jdbc.sql(INSERT_ROUND).param("project", project.value()).param("name", name)
                .param("open", RoundState.OPEN.name()).param("selection", selectionJson).param("by", by.value())
                .param("now", Timestamp.from(now)).query(Long.class).single());
        int position = 0;
        for (var claim : claims) {
            jdbc.sql(INSERT_CLAIM).param("round", id.value()).param("claim", claim.value()).param("position", position++).update();
        }
        for (var reviewer : reviewers) {
            jdbc.sql(INSERT_REVIEWER).param("round", id.value()).param("user", reviewer.value()).update();
        }
        return id;
    }

    /** A round as stored, with the raw selection JSON for the service to read. */
    record Stored(RoundId id, int version, ProjectId projectId, String name, RoundState state, String selection,
                  UserId createdBy, Instant createdAt, Instant closedAt) {
    }

    private static final String ROUND_COLUMNS = """
            select id, version, project_id, name, state, selection::text as selection, created_by, created_at, closed_at
            from agreement_round
            """;

    Optional<Stored> find(RoundId id) {
        return jdbc.sql(ROUND_COLUMNS + " where id = :id").param("id", id.value()).query(this::stored).optional();
    }

    List<Stored> ofProject(ProjectId project) {
        return jdbc.sql(ROUND_COLUMNS + " where project_id = :project order by id desc")
                .param("project", project.value()).query(this::stored).list();
    }

    private Stored stored(ResultSet rs, int row) throws SQLException {
        var closed = rs.getTimestamp("closed_at");
        long by = rs.getLong("created_by");
        return new Stored(new RoundId(rs.getLong("id")), rs.getInt("version"), new ProjectId(rs.getLong("project_id")),
                rs.getString("name"), RoundState.valueOf(rs.getString("state")), rs.getString("selection"),
                rs.wasNull() ? null : new UserId(by), rs.getTimestamp("created_at").toInstant(),
                closed == null ? null : closed.toInstant());
    }

    private static final String CLAIMS = """
            select claim_id from agreement_round_claim where round_id = :round order by position
            """;

    List<ClaimId> claims(RoundId round) {
        return jdbc.sql(CLAIMS).param("round", round.value()).query((rs, n) -> new ClaimId(rs.getLong(1))).list();
    }

    private static final String REVIEWERS = """
            select r.user_id from agreement_round_reviewer r join app_user u on u.id = r.user_id
            where r.round_id = :round order by u.display_name, u.id
            """;

    List<UserId> reviewers(RoundId round) {
        return jdbc.sql(REVIEWERS).param("round", round.value()).query((rs, n) -> new UserId(rs.getLong(1))).list();
    }

    private static final String NAMES = """
            select id, display_name from app_user where id = any(:ids)
            """;

    Map<UserId, String> names(List<UserId> users) {
        return jdbc.sql(NAMES).param("ids", users.stream().map(UserId::value).toArray(Long[]::new))
                .query((rs, n) -> Map.entry(new UserId(rs.getLong(1)), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static final String CLOSE = """
            update agreement_round set state = :closed, closed_by = :by, closed_at = :now, version = version + 1
            where id = :id and version = :version and state = :open
            """;

    void close(RoundId id, int version, UserId by, Instant now) {
        OptimisticLock.requireOneRow(jdbc.sql(CLOSE).param("id", id.value()).param("version", version)
                .param("closed", RoundState.CLOSED.name()).param("open", RoundState.OPEN.name())
                .param("by", by.value()).param("now", Timestamp.from(now)).update(), "round");
    }

    // ---- verdicts -----------------------------------------------------------------------------------------------

    private static final String VERDICTS = """
            select v.round_id, v.claim_id, v.reviewer_id, u.display_name, v.level_id, v.label, v.value, v.rationale,
                   v.given_at, v.updated_at, v.version
            from agreement_verdict v join app_user u on u.id = v.reviewer_id
            join agreement_round_claim c on c.round_id = v.round_id and c.claim_id = v.claim_id
            where v.round_id = :round
            order by c.position, u.display_name, v.reviewer_id
            """;

    List<RoundVerdict> verdicts(RoundId round) {
        return jdbc.sql(VERDICTS).param("round", round.value()).query(this::verdict).list();
    }

    private static final String VERDICT = """
            select v.round_id, v.claim_id, v.reviewer_id, u.display_name, v.level_id, v.label, v.value, v.rationale,
                   v.given_at, v.updated_at, v.version
            from agreement_verdict v join app_user u on u.id = v.reviewer_id
            where v.round_id = :round and v.claim_id = :claim and v.reviewer_id = :reviewer
            """;

    Optional<RoundVerdict> verdict(RoundId round, ClaimId claim, UserId reviewer) {
        return jdbc.sql(VERDICT).param("round", round.value()).param("claim", claim.value())
                .param("reviewer", reviewer.value()).query(this::verdict).optional();
    }

    private RoundVerdict verdict(ResultSet rs, int row) throws SQLException {
        return new RoundVerdict(new RoundId(rs.getLong("round_id")), new ClaimId(rs.getLong("claim_id")),
                new UserId(rs.getLong("reviewer_id")), rs.getString("display_name"), rs.getLong("level_id"),
                rs.getString("label"), rs.getInt("value"), rs.getString("rationale"),
                rs.getTimestamp("given_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }

    private static final String INSERT_VERDICT = """
            insert into agreement_verdict (round_id, claim_id, reviewer_id, level_id, label, value, rationale, given_at,
                                           updated_at)
            values (:round, :claim, :reviewer, :level, :label, :value, :rationale, :now, :now)
            on conflict do nothing
            """;
    private static final String UPDATE_VERDICT = """
            update agreement_verdict set level_id = :level, label = :label, value = :value, rationale = :rationale,
                                         updated_at = :now, version = version + 1
            where round_id = :round and claim_id = :claim and reviewer_id = :reviewer and version = :version
            """;

    /** The first verdict ({@code version} null) or a change to the one read at {@code version}; else a conflict. */
    void saveVerdict(RoundId round, ClaimId claim, UserId reviewer, Integer version, long level, String label,
                     int value, String rationale, Instant now) {
        var spec = jdbc.sql(version == null ? INSERT_VERDICT : UPDATE_VERDICT).param("round", round.value())
                .param("claim", claim.value()).param("reviewer", reviewer.value()).param("level", level)
                .param("label", label).param("value", value).param("rationale", rationale)
                .param("now", Timestamp.from(now));
        if (version != null) {
            spec = spec.param("version", version);
        }
        OptimisticLock.requireOneRow(spec.update(), "round verdict");
    }

    // ---- blindness ----------------------------------------------------------------------------------------------

    // a reviewer of an open round is blind on each of its claims they have not judged yet
    private static final String BLIND_ONE = """
            select exists (
                select 1 from agreement_round_claim c
                join agreement_round r on r.id = c.round_id and r.state = :open
                join agreement_round_reviewer p on p.round_id = c.round_id and p.user_id = :user
                where c.claim_id = :claim
                  and not exists (select 1 from agreement_verdict v
                                  where v.round_id = c.round_id and v.claim_id = c.claim_id and v.reviewer_id = :user))
            """;

    boolean blind(UserId user, ClaimId claim) {
        return jdbc.sql(BLIND_ONE).param("user", user.value()).param("claim", claim.value())
                .param("open", RoundState.OPEN.name()).query(Boolean.class).single();
    }

    private static final String BLIND_PROJECT = """
            select distinct c.claim_id from agreement_round_claim c
            join agreement_round r on r.id = c.round_id and r.state = :open and r.project_id = :project
            join agreement_round_reviewer p on p.round_id = c.round_id and p.user_id = :user
            where not exists (select 1 from agreement_verdict v
                              where v.round_id = c.round_id and v.claim_id = c.claim_id and v.reviewer_id = :user)
            """;

    Set<ClaimId> blind(UserId user, ProjectId project) {
        return Set.copyOf(jdbc.sql(BLIND_PROJECT).param("user", user.value()).param("project", project.value())
                .param("open", RoundState.OPEN.name()).query((rs, n) -> new ClaimId(rs.getLong(1))).list());
    }

    // ---- my work ------------------------------------------------------------------------------------------------

    private static final String MY_ITEMS = """
            select r.id as round_id, r.name as round_name, pr.name as project_name, c.claim_id, cl.quote, d.title
            from agreement_round r
            join agreement_round_reviewer p on p.round_id = r.id and p.user_id = :user
            join agreement_round_claim c on c.round_id = r.id
            join claim cl on cl.id = c.claim_id
            join document d on d.id = cl.document_id
            join project pr on pr.id = r.project_id
            where r.state = :open and not pr.archived
            order by r.id, c.position
            """;

    record ItemRow(RoundId round, String roundName, String projectName, ClaimId claim, String quote, String title) {
    }

    List<ItemRow> openItems(UserId user) {
        return jdbc.sql(MY_ITEMS).param("user", user.value()).param("open", RoundState.OPEN.name())
                .query((rs, n) -> new ItemRow(new RoundId(rs.getLong("round_id")), rs.getString("round_name"),
                        rs.getString("project_name"), new ClaimId(rs.getLong("claim_id")), rs.getString("quote"),
                        rs.getString("title"))).list();
    }

    private static final String MY_VERDICTS = """
            select v.round_id, v.claim_id, v.reviewer_id, u.display_name, v.level_id, v.label, v.value, v.rationale,
                   v.given_at, v.updated_at, v.version
            from agreement_verdict v join app_user u on u.id = v.reviewer_id
            join agreement_round r on r.id = v.round_id and r.state = :open
            where v.reviewer_id = :user
            """;

    List<RoundVerdict> openVerdictsOf(UserId user) {
        return jdbc.sql(MY_VERDICTS).param("user", user.value()).param("open", RoundState.OPEN.name())
                .query(this::verdict).list();
    }

    /** Open rounds of a claim in which {@code user} reviews: where the claim page offers the blind verdict. */
    private static final String ROUNDS_OF_CLAIM = """
            select r.id from agreement_round r
            join agreement_round_claim c on c.round_id = r.id and c.claim_id = :claim
            join agreement_round_reviewer p on p.round_id = r.id and p.user_id = :user
            where r.state = :open order by r.id
            """;

    List<RoundId> openRoundsOf(ClaimId claim, UserId user) {
        return jdbc.sql(ROUNDS_OF_CLAIM).param("claim", claim.value()).param("user", user.value())
                .param("open", RoundState.OPEN.name()).query((rs, n) -> new RoundId(rs.getLong(1))).list();
    }

    // ---- settling -----------------------------------------------------------------------------------------------

    record Settled(ClaimId claim, long level, String label, String by, Instant at) {
    }

    private static final String SETTLED = """
            select c.claim_id, c.settled_level, l.label, u.display_name, c.settled_at
            from agreement_round_claim c join rating_level l on l.id = c.settled_level
            left join app_user u on u.id = c.settled_by
            where c.round_id = :round and c.settled_level is not null
            """;

    Map<ClaimId, Settled> settled(RoundId round) {
        return jdbc.sql(SETTLED).param("round", round.value())
                .query((rs, n) -> new Settled(new ClaimId(rs.getLong(1)), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list().stream()
                .collect(Collectors.toMap(Settled::claim, s -> s));
    }

    private static final String SETTLE = """
            update agreement_round_claim set settled_level = :level, settled_by = :by, settled_at = :now,
                                             version = version + 1
            where round_id = :round and claim_id = :claim
            """;

    void settle(RoundId round, ClaimId claim, long level, UserId by, Instant now) {
        OptimisticLock.requireOneRow(jdbc.sql(SETTLE).param("round", round.value()).param("claim", claim.value())
                .param("level", level).param("by", by.value()).param("now", Timestamp.from(now)).update(), "round claim");
    }

    // ---- reading claims -----------------------------------------------------------------------------------------

    private static final String QUOTES = """
            select id, quote from claim where id = any(:ids)
            """;

    Map<ClaimId, String> quotes(List<ClaimId> claims) {
        return jdbc.sql(QUOTES).param("ids", claims.stream().map(ClaimId::value).toArray(Long[]::new))
                .query((rs, n) -> Map.entry(new ClaimId(rs.getLong(1)), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static final String PROJECT_CLAIMS = """
            select id from claim where id = any(:ids) and project_id = :project and not deleted
            """;

    /** Those of {@code claims} that are claims of the project (and not deleted). */
    Set<ClaimId> ofProject(ProjectId project, List<ClaimId> claims) {
        return Set.copyOf(jdbc.sql(PROJECT_CLAIMS).param("ids", claims.stream().map(ClaimId::value).toArray(Long[]::new))
                .param("project", project.value()).query((rs, n) -> new ClaimId(rs.getLong(1))).list());
    }
}
