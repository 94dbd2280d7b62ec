package org.factdesk.timeline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.claim.ClaimDate;
import org.factdesk.claim.ClaimId;
import org.factdesk.link.LinkRelation;
import org.factdesk.source.DocumentId;

/**
 * Groups claims into events: claims joined, directly or through others, by same-fact links are one event, after the
 * editors' decisions (a claim taken out keeps none of its links; a merge joins two claims' events whatever the links
 * say). A group becomes an event when at least one of its claims gives a date. Pure, so the rules are tested without
 * a database.
 */
final class EventBuilder {

    private static final int TITLE_LENGTH = 110;
    static final long MAX_SUGGESTED_SPAN_DAYS = 14;

    /** A claim's place in an event: the date it gives (all null when it gives none). */
    record Member(ClaimId claim, DocumentId document, org.factdesk.claim.ClaimStatus status, String quote,
                  LocalDate date, LocalDate dateEnd, ClaimDate.Precision precision, LocalTime time) {

        boolean dated() {
            return date != null;
        }
    }

    record BuiltEvent(EventId id, LocalDate date, LocalDate dateEnd, ClaimDate.Precision precision, LocalTime time,
                      String title, List<Member> members, int sources, int conflicts) {
    }

    record Result(List<BuiltEvent> events, int undated) {
    }

    private EventBuilder() {
    }

    static Result build(List<JdbcTimelineRepository.ClaimDates> claims, List<JdbcTimelineRepository.SameFact> links,
                        List<TimelineService.Decision> decisions) {
        var byId = new HashMap<Long, JdbcTimelineRepository.ClaimDates>();
        claims.forEach(c -> byId.put(c.id().value(), c));
        var detached = new HashSet<Long>();
        for (var d : decisions) {
            if (d.active() && d.kind() == EventDecisionKind.DETACH) {
                detached.add(d.claim().value());
            }
        }
        var day = new HashMap<Long, Long>();
        var groups = new UnionFind(day);
        for (var c : claims) {
            var date = primaryDate(c.dates());
            if (date != null) {
                day.put(c.id().value(), start(date).toEpochDay());
            }
        }
        var usable = links.stream().filter(l -> byId.containsKey(l.a().value()) && byId.containsKey(l.b().value())
                && !detached.contains(l.a().value()) && !detached.contains(l.b().value())).toList();
        var counted = new ArrayList<JdbcTimelineRepository.SameFact>();
        // claims an editor's confirmation put in an event, which a suggestion then cannot move
        var attached = new HashSet<Long>();
        // An editor's confirmation always joins.
        for (var link : usable) {
            if (link.confirmed()) {
                groups.union(link.a().value(), link.b().value());
                counted.add(link);
                attached.add(link.a().value());
                attached.add(link.b().value());
            }
        }
        // A suggestion joins two dated claims, best first, only while the event stays within a fortnight: one loose
        // suggestion must not chain a month of fighting into one event.
        var suggested = usable.stream().filter(l -> !l.confirmed())
                .sorted(Comparator.comparingInt(JdbcTimelineRepository.SameFact::score).reversed()).toList();
        for (var link : suggested) {
            long a = link.a().value();
            long b = link.b().value();
            if (day.containsKey(a) && day.containsKey(b) && groups.spanIfJoined(a, b) <= MAX_SUGGESTED_SPAN_DAYS) {
                groups.union(a, b);
                counted.add(link);
            }
        }
        // A claim without a date joins the event of its best suggestion, and only that one: it cannot bridge two.
        for (var link : suggested) {
            long a = link.a().value();
            long b = link.b().value();
            long undated = day.containsKey(a) ? b : a;
            long dated = undated == a ? b : a;
            if (day.containsKey(dated) && !day.containsKey(undated) && attached.add(undated)) {
                groups.union(undated, dated);
                counted.add(link);
            }
        }
        for (var d : decisions) {
            if (d.active() && d.kind() == EventDecisionKind.MERGE && byId.containsKey(d.claim().value())
                    && byId.containsKey(d.other().value())) {
                groups.union(d.claim().value(), d.other().value());
            }
        }
        var components = new HashMap<Long, List<JdbcTimelineRepository.ClaimDates>>();
        for (var c : claims) {
            components.computeIfAbsent(groups.find(c.id().value()), k -> new ArrayList<>()).add(c);
        }
        var conflicts = new HashMap<Long, Integer>();
        for (var link : counted) {
            if (link.relation() == LinkRelation.CONFLICTS) {
                conflicts.merge(groups.find(link.a().value()), 1, Integer::sum);
            }
        }
        var events = new ArrayList<BuiltEvent>();
        int undated = 0;
        for (var entry : components.entrySet()) {
            var event = event(entry.getValue(), conflicts.getOrDefault(entry.getKey(), 0));
            if (event == null) {
                undated += entry.getValue().size();
            } else {
                events.add(event);
            }
        }
        events.sort(Comparator.comparing(BuiltEvent::date).thenComparing(e -> e.id().value()));
        return new Result(events, undated);
    }

    private static BuiltEvent event(List<JdbcTimelineRepository.ClaimDates> claims, int conflicts) {
        var members = new ArrayList<Member>(claims.size());
        for (var c : claims) {
            members.add(member(c));
        }
        var dated = members.stream().filter(Member::dated).toList();
        if (dated.isEmpty()) {
            return null;
        }
        // The event's date is what its most exact claims say: a "4 December" and a "3 December" make a range, a
        // "December" beside them adds nothing.
        var finest = dated.stream().map(Member::precision).min(Comparator.naturalOrder()).orElseThrow();
        var exact = dated.stream().filter(m -> m.precision() == finest).toList();
        LocalDate from = exact.stream().map(Member::date).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = exact.stream().map(Member::dateEnd).max(Comparator.naturalOrder()).orElseThrow();
        var times = exact.stream().map(Member::time).collect(java.util.stream.Collectors.toSet());
        LocalTime time = times.size() == 1 ? times.iterator().next() : null;
        var best = claims.stream().filter(c -> primaryDate(c.dates()) != null)
                .max(Comparator.comparingInt(JdbcTimelineRepository.ClaimDates::score)
                        .thenComparing(c -> -c.id().value())).orElseThrow();
        long id = claims.stream().mapToLong(c -> c.id().value()).min().orElseThrow();
        members.sort(Comparator.comparing(Member::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(m -> m.claim().value()));
        Set<DocumentId> sources = new HashSet<>();
        members.forEach(m -> sources.add(m.document()));
        return new BuiltEvent(new EventId(id), from, to, finest, time, title(best.quote()), members, sources.size(),
                conflicts);
    }

    static Member member(JdbcTimelineRepository.ClaimDates claim) {
        var date = primaryDate(claim.dates());
        if (date == null) {
            return new Member(claim.id(), claim.documentId(), claim.status(), claim.quote(), null, null, null, null);
        }
        return new Member(claim.id(), claim.documentId(), claim.status(), claim.quote(), start(date), end(date),
                date.precision(), timeOf(date));
    }

    /**
     * The date a claim is placed at: the first day it names, else the first week, month or year. "On 4 December
     * troops entered, a week after the truce of 24 November" is placed on 4 December.
     */
    static ClaimDate primaryDate(List<ClaimDate> dates) {
        ClaimDate best = null;
        for (var d : dates) {
            if (d.date() != null && (best == null || d.precision().compareTo(best.precision()) < 0)) {
                best = d;
            }
        }
        return best;
    }

    static LocalDate start(ClaimDate d) {
        return switch (d.precision()) {
            case DAY -> d.date();
            case WEEK -> d.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.date().withDayOfMonth(1);
            case YEAR -> d.date().withDayOfYear(1);
        };
    }

    static LocalDate end(ClaimDate d) {
        return switch (d.precision()) {
            case DAY -> d.date();
            case WEEK -> d.date().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case MONTH -> d.date().with(TemporalAdjusters.lastDayOfMonth());
            case YEAR -> d.date().with(TemporalAdjusters.lastDayOfYear());
        };
    }

    /** The time of day the text gives, else the start of the part of the day it names, for placing within a day. */
    static LocalTime timeOf(ClaimDate d) {
        if (d.precision() != ClaimDate.Precision.DAY) {
            return null;
        }
        if (d.time() != null) {
            return d.time();
        }
        return d.partOfDay() == null ? null : switch (d.partOfDay()) {
            case MORNING -> LocalTime.of(6, 0);
            case AFTERNOON -> LocalTime.of(12, 0);
            case EVENING -> LocalTime.of(18, 0);
            case NIGHT -> LocalTime.of(21, 0);
        };
    }

    /** The best claim's words, cut at a word near {@value #TITLE_LENGTH} characters. */
    static String title(String quote) {
        String text = quote.strip().replaceAll("\\s+", " ");
        if (text.length() <= TITLE_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', TITLE_LENGTH);
        return text.substring(0, cut > TITLE_LENGTH / 2 ? cut : TITLE_LENGTH).replaceAll("[,;:]$", "") + "…";
    }

    /**
     * Union-find over claim ids, with path halving, keeping each group's earliest and latest day; the representative
     * is arbitrary, the event id is chosen later.
     */
    private static final class UnionFind {
        private final Map<Long, Long> parent = new HashMap<>();
        private final Map<Long, long[]> span = new HashMap<>();
        private final Map<Long, Long> days;

        UnionFind(Map<Long, Long> days) {
            this.days = days;
        }

        long find(long x) {
            while (true) {
                long p = parent.getOrDefault(x, x);
                if (p == x) {
                    return x;
                }
                long grand = parent.getOrDefault(p, p);
                if (grand != p) {
                    parent.put(x, grand);
                }
                x = grand;
            }
        }

        private long[] spanOf(long root) {
            return span.get(root);
        }

        /** How many days the group would cover, from its earliest to its latest day, were a and b joined. */
        long spanIfJoined(long a, long b) {
            seed(a);
            seed(b);
            long[] sa = spanOf(find(a));
            long[] sb = spanOf(find(b));
            if (sa == null || sb == null) {
                return 0;
            }
            return Math.max(sa[1], sb[1]) - Math.min(sa[0], sb[0]);
        }

        void union(long a, long b) {
            seed(a);
            seed(b);
            long ra = find(a);
            long rb = find(b);
            if (ra != rb) {
                long root = Math.min(ra, rb);
                long child = Math.max(ra, rb);
                parent.put(child, root);
                long[] sa = span.remove(child);
                long[] sr = span.get(root);
                if (sa != null) {
                    span.put(root, sr == null ? sa : new long[]{Math.min(sa[0], sr[0]), Math.max(sa[1], sr[1])});
                }
            }
        }

        private void seed(long x) {
            if (!parent.containsKey(x)) {
                parent.put(x, x);
                Long day = days.get(x);
                if (day != null) {
                    span.put(x, new long[]{day, day});
                }
            }
        }
    }
}
