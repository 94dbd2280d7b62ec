package org.factdesk.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.base.SvgCharts;
import org.factdesk.claim.ClaimStatus;

/** The four dashboard charts of a set of claims; the dashboard and every report show the same ones. */
record ReportCharts(String verdicts, String statusOverTime, String perOutlet, String perEditor) {

    private static final int MAX_POINTS = 60;
    private static final String[] WORK_COLORS = {"#1f78b4", "#2e7d32", "#f4a261", "#8e6bbf"};

    static ReportCharts of(JdbcReportRepository reports, Long[] ids) {
        var verdicts = SvgCharts.bars("Verdicts", reports.byVerdict(ids).stream()
                .map(c -> new SvgCharts.Bar(c.label(), c.color(), c.count())).toList());
        var perOutlet = SvgCharts.stacked("Claims per outlet by verdict", reports.byOutlet(ids).entrySet().stream()
                .limit(15)
                .map(e -> new SvgCharts.Row(e.getKey(), e.getValue().stream()
                        .map(c -> new SvgCharts.Bar(c.label(), c.color(), c.count())).toList()))
                .toList());
        var kinds = List.of("Review edits", "Status changes", "Evidence", "Comments");
        var perEditor = SvgCharts.stacked("Work per editor", reports.workByEditor(ids).entrySet().stream()
                .map(e -> new SvgCharts.Row(e.getKey(), kinds.stream()
                        .map(k -> new SvgCharts.Bar(k, WORK_COLORS[kinds.indexOf(k)], e.getValue().getOrDefault(k, 0)))
                        .toList()))
                .toList());
        return new ReportCharts(verdicts, statusOverTime(reports.statusEvents(ids)), perOutlet, perEditor);
    }

    /** How many claims stood at each status at the end of each day, from the first claim to the last change. */
    static String statusOverTime(List<JdbcReportRepository.StatusEvent> events) {
        if (events.isEmpty()) {
            return SvgCharts.lines("Status over time", List.of(), List.of());
        }
        LocalDate first = events.getFirst().day();
        LocalDate last = events.getLast().day();
        long span = ChronoUnit.DAYS.between(first, last);
        int step = (int) Math.max(1, (span + MAX_POINTS - 1) / MAX_POINTS);
        var days = new ArrayList<LocalDate>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(step)) {
            days.add(day);
        }
        if (!days.getLast().equals(last)) {
            days.add(last);
        }
        var current = new HashMap<Long, ClaimStatus>();
        var counts = new EnumMap<ClaimStatus, List<Integer>>(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            counts.put(status, new ArrayList<>());
        }
        int next = 0;
        for (LocalDate day : days) {
            while (next < events.size() && !events.get(next).day().isAfter(day)) {
                current.put(events.get(next).claimId(), events.get(next).status());
                next++;
            }
            Map<ClaimStatus, Integer> tally = new EnumMap<>(ClaimStatus.class);
            current.values().forEach(s -> tally.merge(s, 1, Integer::sum));
            counts.forEach((status, values) -> values.add(tally.getOrDefault(status, 0)));
        }
        var series = counts.entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(v -> v > 0))
                .map(e -> new SvgCharts.Series(e.getKey().label(), e.getKey().color, e.getValue()))
                .toList();
        return SvgCharts.lines("Status over time", days.stream().map(LocalDate::toString).toList(), series);
    }

    List<String> all() {
        return List.of(verdicts, statusOverTime, perOutlet, perEditor);
    }

    static List<String> titles() {
        return List.of("Verdicts", "Status over time", "Claims per outlet by verdict", "Work per editor");
    }
}
