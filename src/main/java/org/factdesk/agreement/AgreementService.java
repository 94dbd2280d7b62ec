package org.factdesk.agreement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.factdesk.base.InvalidInputException;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.PermissionDeniedException;
import org.factdesk.claim.ClaimId;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.claim.ClaimService;
import org.factdesk.review.RatingLevel;
import org.factdesk.review.Review;
import org.factdesk.review.ReviewService;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.Member;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectService;
import org.factdesk.team.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agreement rounds: an owner starts one on a set of claims with two or more reviewers; each reviewer gives a verdict
 * per claim without seeing the claim's verdict, its history or the others' verdicts ({@link BlindRounds}); the figures
 * are computed from the verdicts as given; disagreements are settled through {@link ReviewService#save}, so the
 * settled verdict has its history entry and goes to a second reviewer like any other. A round's verdicts never touch
 * the claim's review.
 */
@Service
@Transactional
public class AgreementService {

    /** At most this many claims in a round: a round is a sample, judged by hand. */
    public static final int MAX_CLAIMS = 1000;
    public static final int NAME_MAX = 120;

    private final JdbcAgreementRepository rounds;
    private final ClaimService claims;
    private final ReviewService reviews;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final JsonMapper json;
    private final Clock clock;

    AgreementService(JdbcAgreementRepository rounds, ClaimService claims, ReviewService reviews, ProjectService projects,
                     ProjectAccess access, CurrentUser currentUser, JsonMapper json, Clock clock) {
        this.rounds = rounds;
        this.claims = claims;
        this.reviews = reviews;
        this.projects = projects;
        this.access = access;
        this.currentUser = currentUser;
        this.json = json;
        this.clock = clock;
    }

    // ---- starting and closing -----------------------------------------------------------------------------------

    /** Starts a round (owners only): its claims from {@code selection}, judged by {@code reviewers}. */
    public Round start(ProjectId projectId, String name, RoundSelection selection, List<UserId> reviewers) {
        var project = access.requireManage(projectId);
        if (project.project().data().archived()) {
            throw new InvalidInputException("This project is archived: unarchive it to start a round.");
        }
        var people = checkReviewers(projectId, reviewers);
        reviews.scale(projectId); // a project's first use of its scale writes the default; not in a read-only read later
        var chosen = choose(projectId, selection == null ? RoundSelection.of(List.of()) : selection);
        String clean = name == null ? "" : name.strip();
        if (clean.length() > NAME_MAX) {
            throw new InvalidInputException("name", "A round's name has at most " + NAME_MAX + " characters.");
        }
        if (clean.isEmpty()) {
            clean = "Round " + (rounds.ofProject(projectId).size() + 1);
        }
        var id = rounds.insert(projectId, clean, selectionJson(chosen.selection()), chosen.claims(), people,
                currentUser.requireId(), clock.instant());
        return get(id);
    }

    private List<UserId> checkReviewers(ProjectId projectId, List<UserId> reviewers) {
        var people = reviewers == null ? List.<UserId>of() : reviewers.stream().filter(Objects::nonNull).distinct().toList();
        if (people.size() < 2) {
            throw new InvalidInputException("reviewers", "Name at least two reviewers: agreement is between people.");
        }
        var members = projects.members(projectId).stream().collect(Collectors.toMap(Member::userId, m -> m));
        for (var person : people) {
            var member = members.get(person);
            if (member == null) {
                throw new InvalidInputException("reviewers", "User " + person + " is not a member of this project.");
            }
            if (!member.role().canEditContent()) {
                throw new InvalidInputException("reviewers", member.displayName() + " is a viewer and gives no "
                        + "verdicts: make them an editor or reviewer first.");
            }
        }
        return people;
    }

    private record Chosen(List<ClaimId> claims, RoundSelection selection) {
    }

    /** The claims, and the selection as it will be stored (with the seed a sample was drawn with). */
    private Chosen choose(ProjectId projectId, RoundSelection selection) {
        List<ClaimId> pool;
        if (!selection.claimIds().isEmpty()) {
            pool = new ArrayList<>(new LinkedHashSet<>(selection.claimIds()));
            var known = rounds.ofProject(projectId, pool);
            var foreign = pool.stream().filter(c -> !known.contains(c)).findFirst();
            if (foreign.isPresent()) {
                throw new InvalidInputException("claimIds", "Claim " + foreign.get() + " is not a claim of this project.");
            }
        } else {
            var filter = selection.filter() == null ? ClaimQuery.all() : selection.filter();
            pool = claims.idsByDocument(projectId, filter).values().stream().flatMap(List::stream)
                    .collect(Collectors.toCollection(ArrayList::new));
        }
        var stored = selection;
        if (selection.sample() != null) {
            int size = selection.sample();
            if (size < 1 || size > MAX_CLAIMS) {
                throw new InvalidInputException("sample", "A sample is 1 to " + MAX_CLAIMS + " claims.");
            }
            long seed = selection.seed() != null ? selection.seed() : new Random().nextLong();
            pool = sample(pool, size, seed);
            stored = new RoundSelection(selection.claimIds(), selection.filter(), size, seed);
        }
        if (pool.isEmpty()) {
            throw new InvalidInputException("No claim matches: choose claims, or a filter that shows some.");
        }
        if (pool.size() > MAX_CLAIMS) {
            throw new InvalidInputException("A round has at most " + MAX_CLAIMS + " claims and this selection has "
                    + pool.size() + ". Draw a sample (sample and seed) or narrow the filter.");
        }
        return new Chosen(List.copyOf(pool), stored);
    }

    /**
     * {@code size} claims drawn with {@code seed}: the pool is ordered by id first, so the same claims and seed draw
     * the same sample, in the same order, on any machine ({@link Random} is specified to the bit).
     */
    static List<ClaimId> sample(List<ClaimId> pool, int size, long seed) {
        var ordered = new ArrayList<>(pool);
        ordered.sort(Comparator.comparingLong(ClaimId::value));
        Collections.shuffle(ordered, new Random(seed));
        return List.copyOf(ordered.subList(0, Math.min(size, ordered.size())));
    }

    private String selectionJson(RoundSelection s) {
        var map = new LinkedHashMap<String, Object>();
        if (!s.claimIds().isEmpty()) {
            map.put("claimIds", s.claimIds().stream().map(ClaimId::value).toList());
        } else {
            map.put("filter", (s.filter() == null ? ClaimQuery.all() : s.filter()).parameters());
        }
        if (s.sample() != null) {
            map.put("sample", s.sample());
            map.put("seed", s.seed());
        }
        return json.writeValueAsString(map);
    }

    @SuppressWarnings("unchecked")
    private RoundSelection selection(String stored) {
        Map<String, Object> map = json.readValue(stored, Map.class);
        var ids = map.get("claimIds") instanceof List<?> list
                ? list.stream().map(o -> new ClaimId(((Number) o).longValue())).toList() : List.<ClaimId>of();
        ClaimQuery filter = map.get("filter") instanceof Map<?, ?> f
                ? ClaimQuery.fromParameters((Map<String, List<String>>) f) : null;
        Integer sample = map.get("sample") instanceof Number n ? n.intValue() : null;
        Long seed = map.get("seed") instanceof Number n ? n.longValue() : null;
        return new RoundSelection(ids, filter, sample, seed);
    }

    /** Closes the round (owners only): no verdict changes after, so the figures stay as measured. */
    public Round close(RoundId id, int version) {
        var round = get(id);
        access.requireManage(round.data().projectId());
        if (!round.data().open()) {
            throw new InvalidInputException("This round is closed already.");
        }
        rounds.close(id, version, currentUser.requireId(), clock.instant());
        return get(id);
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Round get(RoundId id) {
        var stored = rounds.find(id).orElseThrow(() -> notFound(id));
        try {
            access.requireRead(stored.projectId());
        } catch (NotFoundException e) {
            throw notFound(id);
        }
        return round(stored);
    }

    private Round round(JdbcAgreementRepository.Stored s) {
        return new Round(s.id(), s.version(), new RoundData(s.projectId(), s.name(), s.state(), rounds.claims(s.id()),
                rounds.reviewers(s.id()), selection(s.selection()), s.createdBy(), s.createdAt(), s.closedAt()));
    }

    private static NotFoundException notFound(RoundId id) {
        return new NotFoundException("Round " + id + " does not exist, or you may not see it.");
    }

    /** The project's rounds, newest first. */
    @Transactional(readOnly = true)
    public List<Round> rounds(ProjectId projectId) {
        access.requireRead(projectId);
        return rounds.ofProject(projectId).stream().map(this::round).toList();
    }

    /** The newest round's report, for the dashboard; none before the first round. */
    @Transactional
    public Optional<RoundReport> latest(ProjectId projectId) {
        access.requireRead(projectId);
        return rounds.ofProject(projectId).stream().findFirst().map(s -> report(round(s)));
    }

    @Transactional(readOnly = true)
    public Map<UserId, String> names(Round round) {
        return rounds.names(round.data().reviewers());
    }

    /** The claims' quotes, for pages that list a round's claims. */
    @Transactional(readOnly = true)
    public Map<ClaimId, String> quotes(Round round) {
        return rounds.quotes(round.data().claims());
    }

    /** Whether the signed-in user reviews in this round. */
    public boolean reviews(Round round) {
        return currentUser.get().map(p -> round.data().reviewers().contains(p.userId())).orElse(false);
    }

    /** The signed-in user's own verdict on a claim of the round, if given. */
    @Transactional(readOnly = true)
    public Optional<RoundVerdict> mine(RoundId id, ClaimId claim) {
        get(id);
        return rounds.verdict(id, claim, currentUser.requireId());
    }

    /** The open rounds in which the signed-in user judges this claim: where the claim page offers its blind verdict. */
    @Transactional(readOnly = true)
    public List<Round> openRoundsJudging(ClaimId claim) {
        claims.get(claim);
        return rounds.openRoundsOf(claim, currentUser.requireId()).stream().map(this::get).toList();
    }

    /**
     * The verdicts the signed-in user may see: their own, and others' on claims they are not blind on (they judged
     * it, or they do not review in the round, or the round is closed).
     */
    @Transactional(readOnly = true)
    public List<RoundVerdict> verdicts(RoundId id) {
        return visible(get(id));
    }

    private List<RoundVerdict> visible(Round round) {
        var all = rounds.verdicts(round.id());
        if (!round.data().open() || !reviews(round)) {
            return all;
        }
        var me = currentUser.requireId();
        var judged = all.stream().filter(v -> v.reviewer().equals(me)).map(RoundVerdict::claimId).collect(Collectors.toSet());
        return all.stream().filter(v -> judged.contains(v.claimId())).toList();
    }

    @Transactional
    public RoundReport report(RoundId id) {
        return report(get(id));
    }

    private RoundReport report(Round round) {
        var all = rounds.verdicts(round.id());
        var names = rounds.names(round.data().reviewers());
        var perReviewer = new ArrayList<ReviewerFigures>();
        var reviewers = round.data().reviewers();
        var categories = categories(round.data().projectId(), all);
        var byClaim = byClaim(round, all);
        var pairs = new ArrayList<PairFigures>();
        for (int i = 0; i < reviewers.size(); i++) {
            for (int j = i + 1; j < reviewers.size(); j++) {
                pairs.add(pair(reviewers.get(i), reviewers.get(j), names, byClaim, categories));
            }
        }
        for (var reviewer : reviewers) {
            int given = (int) all.stream().filter(v -> v.reviewer().equals(reviewer)).count();
            int same = 0;
            int compared = 0;
            for (var pair : pairs) {
                if (pair.a().equals(reviewer) || pair.b().equals(reviewer)) {
                    compared += pair.n();
                    same += trace(pair.confusion());
                }
            }
            perReviewer.add(new ReviewerFigures(reviewer, names.getOrDefault(reviewer, "?"), given,
                    round.data().claims().size() - given, compared == 0 ? null : same / (double) compared));
        }
        var me = currentUser.get().map(p -> p.userId()).orElse(null);
        boolean shown = !round.data().open() || !reviewers.contains(me)
                || perReviewer.stream().anyMatch(r -> r.reviewer().equals(me) && r.remaining() == 0);
        if (!shown) {
            return new RoundReport(round, perReviewer, false, null, List.of());
        }
        return new RoundReport(round, perReviewer, true, figures(round, byClaim, categories), pairs);
    }

    private static int trace(int[][] table) {
        int sum = 0;
        for (int i = 0; i < table.length; i++) {
            sum += table[i][i];
        }
        return sum;
    }

    /**
     * The categories of the figures: the scale's levels and any level a verdict used that has left the scale since,
     * best (highest value) first, as the confusion tables show them.
     */
    private record Category(long levelId, String label, int value) {
    }

    private List<Category> categories(ProjectId projectId, List<RoundVerdict> verdicts) {
        var found = new LinkedHashMap<Long, Category>();
        for (RatingLevel level : reviews.scale(projectId).levels()) {
            found.put(level.id(), new Category(level.id(), level.label(), level.value()));
        }
        for (var v : verdicts) {
            found.putIfAbsent(v.levelId(), new Category(v.levelId(), v.label(), v.value()));
        }
        return found.values().stream()
                .sorted(Comparator.comparingInt(Category::value).reversed().thenComparingLong(Category::levelId)).toList();
    }

    /** Each claim of the round, in order, with each reviewer's verdict or null. */
    private static Map<ClaimId, Map<UserId, RoundVerdict>> byClaim(Round round, List<RoundVerdict> verdicts) {
        var map = new LinkedHashMap<ClaimId, Map<UserId, RoundVerdict>>();
        round.data().claims().forEach(c -> map.put(c, new HashMap<>()));
        verdicts.forEach(v -> map.computeIfAbsent(v.claimId(), c -> new HashMap<>()).put(v.reviewer(), v));
        return map;
    }

    private static PairFigures pair(UserId a, UserId b, Map<UserId, String> names,
                                    Map<ClaimId, Map<UserId, RoundVerdict>> byClaim, List<Category> categories) {
        var rank = ranks(categories);
        var units = new ArrayList<Integer[]>();
        for (var verdicts : byClaim.values()) {
            var va = verdicts.get(a);
            var vb = verdicts.get(b);
            if (va != null && vb != null) {
                units.add(new Integer[] {rank.get(va.levelId()), rank.get(vb.levelId())});
            }
        }
        return new PairFigures(a, names.getOrDefault(a, "?"), b, names.getOrDefault(b, "?"), units.size(),
                AgreementMeasures.percent(2, units), AgreementMeasures.cohen(units),
                categories.stream().map(Category::label).toList(), AgreementMeasures.confusion(categories.size(), units));
    }

    /** Category ranks 1…q in display order; only equality counts for the nominal figures. */
    private static Map<Long, Integer> ranks(List<Category> categories) {
        var rank = new HashMap<Long, Integer>();
        for (int i = 0; i < categories.size(); i++) {
            rank.put(categories.get(i).levelId(), i + 1);
        }
        return rank;
    }

    private static RoundFigures figures(Round round, Map<ClaimId, Map<UserId, RoundVerdict>> byClaim,
                                        List<Category> categories) {
        var reviewers = round.data().reviewers();
        int r = reviewers.size();
        var rank = ranks(categories);
        // ordinal: the levels on the scale (value above 0) ranked by value, lowest first
        var ordered = categories.stream().filter(c -> c.value() > 0)
                .sorted(Comparator.comparingInt(Category::value).thenComparingLong(Category::levelId)).toList();
        var ordinalRank = new HashMap<Long, Integer>();
        for (int i = 0; i < ordered.size(); i++) {
            ordinalRank.put(ordered.get(i).levelId(), i + 1);
        }
        var units = new ArrayList<Integer[]>();
        var ordinalUnits = new ArrayList<Integer[]>();
        for (var verdicts : byClaim.values()) {
            if (!reviewers.stream().allMatch(verdicts::containsKey)) {
                continue;
            }
            units.add(reviewers.stream().map(u -> rank.get(verdicts.get(u).levelId())).toArray(Integer[]::new));
            if (reviewers.stream().allMatch(u -> ordinalRank.containsKey(verdicts.get(u).levelId()))) {
                ordinalUnits.add(reviewers.stream().map(u -> ordinalRank.get(verdicts.get(u).levelId())).toArray(Integer[]::new));
            }
        }
        return new RoundFigures(units.size(), byClaim.size() - units.size(), AgreementMeasures.percent(r, units),
                r == 2 ? AgreementMeasures.cohen(units) : null, AgreementMeasures.fleiss(r, units),
                AgreementMeasures.alphaNominal(r, units), AgreementMeasures.alphaOrdinal(r, ordinalUnits),
                ordinalUnits.size(), AgreementMeasures.gwetAc1(r, categories.size(), units));
    }

    // ---- giving verdicts ----------------------------------------------------------------------------------------

    /**
     * The signed-in reviewer's blind verdict on a claim of an open round: the first one ({@code version} null), or a
     * change to the one read at {@code version}; a stale version is a conflict and overwrites nothing.
     */
    public RoundVerdict give(RoundId id, ClaimId claim, long levelId, String rationale, Integer version) {
        var round = get(id);
        var me = currentUser.requireId();
        if (!round.data().reviewers().contains(me)) {
            throw new PermissionDeniedException("You are not a reviewer of this round.");
        }
        if (!round.data().open()) {
            throw new InvalidInputException("This round is closed: its verdicts stay as they were given.");
        }
        if (!round.data().claims().contains(claim)) {
            throw new NotFoundException("Claim " + claim + " is not in this round.");
        }
        var level = reviews.scale(round.data().projectId()).level(levelId).orElseThrow(() ->
                new InvalidInputException("verdict", "That verdict is not on this project's rating scale."));
        String text = rationale == null ? "" : rationale.strip();
        if (text.length() > RoundVerdict.RATIONALE_MAX) {
            throw new InvalidInputException("rationale", "A round verdict's rationale has at most "
                    + RoundVerdict.RATIONALE_MAX + " characters; the claim's own rationale takes the long argument.");
        }
        var existing = rounds.verdict(id, claim, me);
        if (version == null && existing.isPresent()) {
            throw new org.factdesk.base.ConflictException("You gave a verdict on this claim already (maybe in another "
                    + "tab). Reload to see it, then change it.");
        }
        rounds.saveVerdict(id, claim, me, existing.isPresent() ? version : null, level.id(), level.label(),
                level.value(), text, clock.instant());
        return rounds.verdict(id, claim, me).orElseThrow();
    }

    /** Looks a level up by its label on the round's scale, for the API's {@code {"verdict": "Mostly false"}}. */
    @Transactional
    public Optional<Long> levelByLabel(RoundId id, String label) {
        return reviews.scale(get(id).data().projectId()).byLabel(label).map(RatingLevel::id);
    }

    // ---- my work ------------------------------------------------------------------------------------------------

    /** The claims of open rounds the signed-in user reviews, still to judge first. */
    @Transactional(readOnly = true)
    public List<RoundItem> myWork() {
        var me = currentUser.requireId();
        var mine = rounds.openVerdictsOf(me).stream()
                .collect(Collectors.toMap(v -> v.roundId().value() + ":" + v.claimId().value(), v -> v));
        return rounds.openItems(me).stream()
                .map(i -> new RoundItem(i.round(), i.roundName(), i.projectName(), i.claim(), i.quote(), i.title(),
                        mine.get(i.round().value() + ":" + i.claim().value())))
                .sorted(Comparator.comparing((RoundItem i) -> i.mine() != null))
                .toList();
    }

    // ---- disagreements ------------------------------------------------------------------------------------------

    /** The round's claims on which the reviewers differ, as far as the signed-in user may see them. */
    @Transactional(readOnly = true)
    public List<Disagreement> disagreements(RoundId id) {
        var round = get(id);
        var visible = visible(round);
        var byClaim = byClaim(round, visible);
        var quotes = rounds.quotes(round.data().claims());
        var settled = rounds.settled(id);
        var list = new ArrayList<Disagreement>();
        byClaim.forEach((claim, verdicts) -> {
            if (verdicts.size() >= 2 && verdicts.values().stream().map(RoundVerdict::levelId).distinct().count() > 1) {
                var s = settled.get(claim);
                var sorted = verdicts.values().stream().sorted(Comparator.comparing(RoundVerdict::reviewerName)).toList();
                list.add(new Disagreement(claim, quotes.get(claim), sorted, s == null ? null : s.level(),
                        s == null ? null : s.label(), s == null ? null : s.by(), s == null ? null : s.at()));
            }
        });
        return list;
    }

    /**
     * Settles a disagreement: {@code levelId} becomes the claim's verdict through the review's own save (its history,
     * the second reviewer before publishing), with {@code rationale} as the claim's rationale when given. Owners and the
     * round's reviewers settle. {@code reviewVersion} is the claim review's version as read; the round's verdicts and
     * figures stay as they were.
     */
    public Review settle(RoundId id, ClaimId claim, long levelId, String rationale, int reviewVersion) {
        var round = get(id);
        MyProject project = access.requireEdit(round.data().projectId());
        if (!project.role().canManageProject() && !reviews(round)) {
            throw new PermissionDeniedException("Only the project's owners and the round's reviewers settle its "
                    + "disagreements.");
        }
        if (disagreements(id).stream().noneMatch(d -> d.claimId().equals(claim))) {
            throw new InvalidInputException("The reviewers do not differ on this claim (or you have not judged it "
                    + "yet): there is nothing to settle.");
        }
        var review = reviews.get(claim);
        var data = review.data().withVerdictId(levelId);
        if (rationale != null && !rationale.isBlank()) {
            data = data.withRationale(rationale.strip());
        }
        var saved = reviews.save(claim, reviewVersion, data);
        rounds.settle(id, claim, levelId, currentUser.requireId(), clock.instant());
        return saved;
    }

    // ---- export -------------------------------------------------------------------------------------------------

    /** Every verdict of the round the signed-in user may see, as CSV: claim, reviewer, verdict, value, when. */
    @Transactional(readOnly = true)
    public void writeCsv(RoundId id, Writer out) {
        var round = get(id);
        var quotes = rounds.quotes(round.data().claims());
        try {
            var csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("round", "claim_id", "claim",
                    "reviewer_id", "reviewer", "verdict", "value", "rationale", "given_at", "changed_at").get());
            for (var v : visible(round)) {
                csv.printRecord(round.id().value(), v.claimId().value(), inert(quotes.get(v.claimId())),
                        v.reviewer().value(), inert(v.reviewerName()), inert(v.label()), v.value(), inert(v.rationale()),
                        v.givenAt(), v.updatedAt());
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell a spreadsheet would run as a formula starts with an apostrophe instead. */
    static String inert(String cell) {
        return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    /** For pages: the claim ids of a round the signed-in reviewer has still to judge. */
    @Transactional(readOnly = true)
    public Set<ClaimId> toJudge(Round round) {
        if (!round.data().open() || !reviews(round)) {
            return Set.of();
        }
        var me = currentUser.requireId();
        var done = rounds.verdicts(round.id()).stream().filter(v -> v.reviewer().equals(me))
                .map(RoundVerdict::claimId).collect(Collectors.toSet());
        return round.data().claims().stream().filter(c -> !done.contains(c)).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
