package org.factdesk.timeline;

import static org.factdesk.base.XmlText.escape;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.claim.ClaimId;

/**
 * The timeline as SVG, the same drawing on the page and in reports (decision 0019): a time axis, one lane per source
 * or outlet, each event drawn where its date is and as wide as its date's precision or range, in its verdict's
 * colour; conflicting claims joined by a red connector that says what differs. Marks that would overlap in a lane
 * are drawn as one cluster with their number, which the page zooms into.
 */
public final class TimelineSvg {

    /** What a lane stands for. */
    public enum Lanes {
        SOURCE("By source"), OUTLET("By outlet");

        private final String label;

        Lanes(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The part of time drawn: from (inclusive) to (exclusive). */
    public record Window(LocalDateTime from, LocalDateTime to) {

        public Window {
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("a window ends after it starts");
            }
        }

        public static Window days(LocalDate first, LocalDate last) {
            return new Window(first.atStartOfDay(), last.plusDays(1).atStartOfDay());
        }

        /** The whole timeline with a margin, at least a week wide. */
        public static Window around(LocalDate first, LocalDate last) {
            long days = Math.max(7, ChronoUnit.DAYS.between(first, last) + 1);
            long margin = Math.max(1, days / 20);
            return days(first.minusDays(margin), first.plusDays(days + margin - 1));
        }

        public Duration length() {
            return Duration.between(from, to);
        }

        /** Half as long (or twice), around the same middle; never shorter than an hour or longer than 200 years. */
        public Window zoom(double factor) {
            long seconds = Math.clamp((long) (length().toSeconds() * factor), 3600L, 200L * 366 * 86400);
            var middle = from.plusSeconds(length().toSeconds() / 2);
            return new Window(middle.minusSeconds(seconds / 2), middle.minusSeconds(seconds / 2).plusSeconds(seconds));
        }

        /** Moved by a share of its length: -0.25 is a quarter back in time. */
        public Window pan(double share) {
            long seconds = (long) (length().toSeconds() * share);
            return new Window(from.plusSeconds(seconds), to.plusSeconds(seconds));
        }
    }

    private static final int WIDTH = 1200;
    private static final int LABEL = 200;
    private static final int AXIS = 30;
    private static final int LANE = 28;
    private static final int MARK = 16;
    private static final int MIN_MARK = 8;
    private static final int CLUSTER = 26;
    private static final int MAX_CONNECTORS = 150;
    private static final String NO_VERDICT = "#8a94a6";
    private static final String CONFLICT = "#c62828";

    private TimelineSvg() {
    }

    private record Mark(TimelineEvent event, int lane, double x1, double x2, String color, List<ClaimId> claims) {
    }

    public static String draw(Timeline timeline, Window window, Lanes lanes, EventId selected) {
        var laneNames = new LinkedHashMap<String, String>();
        var laneOfClaim = new HashMap<ClaimId, String>();
        for (var event : timeline.events()) {
            for (var claim : event.claims()) {
                String key = laneKey(claim, lanes);
                laneNames.putIfAbsent(key, claim.sourceName() == null ? "(untitled)" : claim.sourceName());
                laneOfClaim.put(claim.claimId(), key);
            }
        }
        var laneKeys = laneNames.entrySet().stream().sorted(Map.Entry.comparingByValue(TimelineSvg::naturally))
                .map(Map.Entry::getKey).toList();
        var laneIndex = new HashMap<String, Integer>();
        for (int i = 0; i < laneKeys.size(); i++) {
            laneIndex.put(laneKeys.get(i), i);
        }
        int height = AXIS + Math.max(1, laneKeys.size()) * LANE + 8;
        var svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fd-timeline-svg\" "
                + "viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\"Timeline of %d events\" "
                + "font-family=\"sans-serif\" font-size=\"12\">", WIDTH, height, timeline.events().size()));
        for (int i = 0; i < laneKeys.size(); i++) {
            int y = AXIS + i * LANE;
            svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                    y, WIDTH, LANE, i % 2 == 0 ? "#f4f2ee" : "#fbfaf7"));
            String name = laneNames.get(laneKeys.get(i));
            svg.append(String.format(Locale.ROOT, "<text x=\"6\" y=\"%d\" fill=\"#1c2330\">%s<title>%s</title></text>",
                    y + 18, escape(shorten(name, 28)), escape(name)));
        }
        axis(svg, window, height);

        var marks = new ArrayList<Mark>();
        var claimX = new HashMap<ClaimId, double[]>();
        for (var event : timeline.events()) {
            var byLane = event.claims().stream().collect(Collectors.groupingBy(c -> laneOfClaim.get(c.claimId()),
                    LinkedHashMap::new, Collectors.toList()));
            for (var entry : byLane.entrySet()) {
                var claims = entry.getValue();
                LocalDate from = claims.stream().map(EventClaim::date).filter(java.util.Objects::nonNull)
                        .min(Comparator.naturalOrder()).orElse(event.date());
                LocalDate to = claims.stream().map(EventClaim::dateEnd).filter(java.util.Objects::nonNull)
                        .max(Comparator.naturalOrder()).orElse(event.dateEnd());
                double x1 = x(window, from.atStartOfDay().plusSeconds(timeOffset(event)));
                double x2 = x(window, to.plusDays(1).atStartOfDay());
                if (event.time() != null && event.precision() == org.factdesk.claim.ClaimDate.Precision.DAY
                        && from.equals(to)) {
                    x2 = x1 + Math.max(MIN_MARK, (x2 - x(window, from.atStartOfDay())) / 24);
                }
                if (x2 < LABEL || x1 > WIDTH) {
                    continue;
                }
                x1 = Math.max(LABEL, x1);
                x2 = Math.min(WIDTH, Math.max(x2, x1 + MIN_MARK));
                String color = claims.stream().map(EventClaim::verdictColor).filter(java.util.Objects::nonNull)
                        .findFirst().orElse(NO_VERDICT);
                marks.add(new Mark(event, laneIndex.get(entry.getKey()), x1, x2, color,
                        claims.stream().map(EventClaim::claimId).toList()));
                for (var c : claims) {
                    claimX.put(c.claimId(), new double[]{(x1 + x2) / 2, laneIndex.get(entry.getKey())});
                }
            }
        }
        marks.sort(Comparator.comparingInt(Mark::lane).thenComparingDouble(Mark::x1));
        // Overlapping marks of a lane become one cluster, at most CLUSTER pixels wide from its first mark, so a dense
        // lane reads as a row of counts, not one bar.
        int i = 0;
        while (i < marks.size()) {
            int j = i + 1;
            double start = marks.get(i).x1();
            double end = marks.get(i).x2();
            // marks of neighbouring days touch without overlapping: only an overlap clusters
            while (j < marks.size() && marks.get(j).lane() == marks.get(i).lane() && marks.get(j).x1() < end - 0.5
                    && marks.get(j).x1() < start + CLUSTER) {
                end = Math.max(end, marks.get(j).x2());
                j++;
            }
            if (j - i == 1) {
                mark(svg, marks.get(i), selected);
            } else {
                var cluster = marks.subList(i, j);
                cluster(svg, cluster, Math.min(end, start + CLUSTER), window, selected);
                // a conflict into a cluster is drawn to the cluster's middle
                double middle = (start + Math.max(start + 22, Math.min(end, start + CLUSTER))) / 2;
                cluster.forEach(m -> m.claims().forEach(c -> claimX.put(c, new double[]{middle, m.lane()})));
            }
            i = j;
        }
        // Red connectors, as long as they stay few enough to follow; past that the red outlines of marks and clusters
        // say where the conflicts are, and zooming in draws their lines.
        long connectors = timeline.events().stream().mapToLong(e -> e.conflicts().size()).sum();
        for (var event : connectors > MAX_CONNECTORS ? List.<TimelineEvent>of() : timeline.events()) {
            for (var conflict : event.conflicts()) {
                var a = claimX.get(conflict.claimA());
                var b = claimX.get(conflict.claimB());
                if (a == null || b == null) {
                    continue;
                }
                double ya = AXIS + a[1] * LANE + LANE / 2.0;
                double yb = AXIS + b[1] * LANE + LANE / 2.0;
                String what = conflict.differences().isEmpty() ? "the sources disagree"
                        : conflict.differences().stream().map(d -> d.kind().label() + ": " + d.thisSide() + " ↔ "
                        + d.otherSide()).collect(Collectors.joining("; "));
                svg.append(String.format(Locale.ROOT, "<g class=\"fd-tl-conflict\" data-event=\"%d\">"
                                + "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2.5\"/>"
                                + "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"/><circle cx=\"%.1f\" cy=\"%.1f\" "
                                + "r=\"3.5\" fill=\"%s\"/><title>Conflict: %s</title></g>",
                        event.id().value(), a[0], ya, b[0], yb, CONFLICT, a[0], ya, CONFLICT, b[0], yb, CONFLICT,
                        escape(what)));
            }
        }
        if (timeline.events().isEmpty()) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#5b6475\">No events in this "
                    + "period.</text>", LABEL + 12, AXIS + 18));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    // compiled once: a drawing sorts its lanes with it, many comparisons each
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");

    /** Names in the order a reader expects: case aside, and "Outlet 2" before "Outlet 10". */
    static int naturally(String a, String b) {
        var x = DIGITS.matcher(a.toLowerCase(Locale.ROOT)).replaceAll("");
        var y = DIGITS.matcher(b.toLowerCase(Locale.ROOT)).replaceAll("");
        if (!x.equals(y)) {
            return a.compareToIgnoreCase(b);
        }
        var nx = DIGITS.matcher(a);
        var ny = DIGITS.matcher(b);
        while (nx.find() && ny.find()) {
            int c = new java.math.BigInteger(nx.group()).compareTo(new java.math.BigInteger(ny.group()));
            if (c != 0) {
                return c;
            }
        }
        return a.compareToIgnoreCase(b);
    }

    private static String laneKey(EventClaim claim, Lanes lanes) {
        return lanes == Lanes.OUTLET ? "o:" + claim.sourceName().toLowerCase(Locale.ROOT) : "d:" + claim.documentId();
    }

    private static long timeOffset(TimelineEvent event) {
        return event.time() == null ? 0 : event.time().toSecondOfDay();
    }

    private static double x(Window window, LocalDateTime at) {
        double share = (double) Duration.between(window.from(), at).toSeconds() / window.length().toSeconds();
        return LABEL + share * (WIDTH - LABEL);
    }

    // The marks and clusters are appended, not formatted: a year of a large project draws some 20,000 of them.
    private static void mark(StringBuilder svg, Mark m, EventId selected) {
        int y = AXIS + m.lane() * LANE + (LANE - MARK) / 2;
        boolean isSelected = m.event().id().equals(selected);
        svg.append("<rect class=\"fd-tl-event\" data-event=\"").append(m.event().id().value()).append("\" x=\"");
        number(svg, m.x1()).append("\" y=\"").append(y).append("\" width=\"");
        number(svg, Math.max(MIN_MARK - 1, m.x2() - m.x1() - 1)).append("\" height=\"").append(MARK).append("\" rx=\"3\" fill=\"")
                .append(escape(m.color())).append("\" stroke=\"")
                .append(isSelected ? "#1c2330" : m.event().conflicts().isEmpty() ? "none" : CONFLICT)
                .append("\" stroke-width=\"").append(isSelected ? "3" : "1.5")
                .append("\" style=\"cursor:pointer\"><title>").append(escape(tooltip(m.event(), m.claims().size())))
                .append("</title></rect>");
    }

    private static void cluster(StringBuilder svg, List<Mark> marks, double end, Window window, EventId selected) {
        var first = marks.getFirst();
        int y = AXIS + first.lane() * LANE + (LANE - MARK) / 2;
        long events = marks.stream().map(m -> m.event().id()).distinct().count();
        boolean conflicts = marks.stream().anyMatch(m -> !m.event().conflicts().isEmpty());
        boolean isSelected = marks.stream().anyMatch(m -> m.event().id().equals(selected));
        var from = marks.stream().map(m -> m.event().date()).min(Comparator.naturalOrder()).orElseThrow();
        var to = marks.stream().map(m -> m.event().dateEnd()).max(Comparator.naturalOrder()).orElseThrow();
        double width = Math.max(end - first.x1(), 22);
        svg.append("<g class=\"fd-tl-cluster\" data-zoom=\"").append(from).append('/').append(to)
                .append("\" style=\"cursor:zoom-in\"><rect x=\"");
        number(svg, first.x1()).append("\" y=\"").append(y).append("\" width=\"");
        number(svg, width).append("\" height=\"").append(MARK).append("\" rx=\"8\" fill=\"#3d4a5c\" stroke=\"")
                .append(isSelected ? "#1c2330" : conflicts ? CONFLICT : "none").append("\" stroke-width=\"")
                .append(isSelected ? "3" : "1.5").append("\"/><text x=\"");
        number(svg, first.x1() + width / 2).append("\" y=\"").append(y + 12)
                .append("\" fill=\"#fff\" font-size=\"11\" text-anchor=\"middle\">").append(events)
                .append("</text><title>").append(events).append(" events, ").append(DAY.format(from)).append(" – ")
                .append(DAY.format(to)).append(": zoom in to see them</title></g>");
    }

    /** A coordinate with one decimal. */
    private static StringBuilder number(StringBuilder svg, double value) {
        long tenths = Math.round(value * 10);
        if (tenths < 0) {
            svg.append('-');
            tenths = -tenths;
        }
        return svg.append(tenths / 10).append('.').append(tenths % 10);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private static String tooltip(TimelineEvent event, int claimsHere) {
        var text = new StringBuilder(dates(event)).append(" · ").append(event.title());
        text.append(" · ").append(event.sources()).append(event.sources() == 1 ? " source" : " sources");
        if (!event.conflicts().isEmpty()) {
            text.append(" · ").append(event.conflicts().size()).append(event.conflicts().size() == 1 ? " conflict"
                    : " conflicts");
        }
        if (claimsHere > 1) {
            text.append(" · ").append(claimsHere).append(" claims here");
        }
        return text.toString();
    }

    /** An event's date as the page and reports write it: "4 Dec 2023", "3 – 4 Dec 2023", "Dec 2023". */
    public static String dates(TimelineEvent event) {
        var from = event.date();
        var to = event.dateEnd();
        String time = event.time() == null ? "" : ", " + event.time();
        if (from.equals(to)) {
            return DAY.format(from) + time;
        }
        return switch (event.precision()) {
            case MONTH -> from.getMonth().equals(to.getMonth()) && from.getYear() == to.getYear()
                    ? DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH).format(from)
                    : DAY.format(from) + " – " + DAY.format(to);
            case YEAR -> from.getYear() == to.getYear() ? Integer.toString(from.getYear())
                    : from.getYear() + " – " + to.getYear();
            case WEEK -> "week of " + DAY.format(from);
            case DAY -> from.getYear() == to.getYear() && from.getMonth() == to.getMonth()
                    ? from.getDayOfMonth() + " – " + DAY.format(to)
                    : DAY.format(from) + " – " + DAY.format(to);
        };
    }

    private static void axis(StringBuilder svg, Window window, int height) {
        long hours = window.length().toHours();
        var ticks = new ArrayList<LocalDateTime>();
        DateTimeFormatter label;
        LocalDateTime t;
        if (hours > 24 * 365 * 4) {
            label = DateTimeFormatter.ofPattern("yyyy", Locale.ENGLISH);
            for (t = window.from().toLocalDate().withDayOfYear(1).atStartOfDay(); t.isBefore(window.to()); t = t.plusYears(1)) {
                ticks.add(t);
            }
        } else if (hours > 24 * 150) {
            label = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
            int step = hours > 24 * 365 * 2 ? 3 : 1;
            for (t = window.from().toLocalDate().withDayOfMonth(1).atStartOfDay(); t.isBefore(window.to()); t = t.plusMonths(step)) {
                ticks.add(t);
            }
        } else if (hours > 24 * 30) {
            label = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
            for (t = window.from().toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
                 t.isBefore(window.to()); t = t.plusWeeks(1)) {
                ticks.add(t);
            }
        } else if (hours > 24 * 3) {
            label = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
            int step = hours > 24 * 15 ? 2 : 1;
            for (t = window.from().toLocalDate().atStartOfDay(); t.isBefore(window.to()); t = t.plusDays(step)) {
                ticks.add(t);
            }
        } else {
            label = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);
            int step = hours > 24 ? 6 : hours > 8 ? 2 : 1;
            for (t = window.from().truncatedTo(ChronoUnit.HOURS); t.isBefore(window.to()); t = t.plusHours(step)) {
                ticks.add(t);
            }
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#5b6475\"/>",
                LABEL, AXIS - 1, WIDTH, AXIS - 1));
        double lastLabel = -1000;
        for (var tick : ticks) {
            double x = x(window, tick);
            if (x < LABEL || x > WIDTH) {
                continue;
            }
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#d9d5cc\"/>",
                    x, AXIS - 6, x, height - 8));
            if (x - lastLabel > 64 && x < WIDTH - 30) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#5b6475\">%s</text>", x + 3,
                        AXIS - 10, escape(label.format(tick))));
                lastLabel = x;
            }
        }
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
