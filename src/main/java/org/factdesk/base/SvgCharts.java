package org.factdesk.base;

import static org.factdesk.base.XmlText.escape;

import java.util.List;
import java.util.Locale;

/**
 * Charts as server-side SVG: no script and no charting library, the same markup on screen, in the HTML
 * report and in the PDF. Every chart carries its numbers as text too, so it prints and reads without colour.
 */
public final class SvgCharts {

    /** One bar, or one segment of a stacked bar. */
    public record Bar(String label, String color, int value) {
    }

    /** A row of a stacked chart: its segments in legend order. */
    public record Row(String label, List<Bar> segments) {
        int total() {
            return segments.stream().mapToInt(Bar::value).sum();
        }
    }

    /** A line of a line chart: one value per point in time. */
    public record Series(String label, String color, List<Integer> values) {
    }

    private static final int WIDTH = 520;
    private static final int LABEL = 150;

    private SvgCharts() {
    }

    public static String bars(String title, List<Bar> bars) {
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
        int height = Math.max(1, bars.size()) * 26 + 8;
        var svg = open(title, height);
        int y = 4;
        for (Bar bar : bars) {
            int width = (int) Math.round((WIDTH - LABEL - 50.0) * bar.value() / max);
            svg.append(label(0, y + 14, bar.label()))
                    .append(rect(LABEL, y, Math.max(width, 1), 18, bar.color()))
                    .append(text(LABEL + 6 + width, y + 14, String.valueOf(bar.value()), "#222"));
            y += 26;
        }
        return close(svg, bars.isEmpty());
    }

    public static String stacked(String title, List<Row> rows) {
        int max = Math.max(1, rows.stream().mapToInt(Row::total).max().orElse(1));
        var legend = rows.stream().flatMap(r -> r.segments().stream())
                .map(b -> new Bar(b.label(), b.color(), 0)).distinct().toList();
        int height = Math.max(1, rows.size()) * 26 + 8 + legendHeight(legend);
        var svg = open(title, height);
        int y = 4;
        for (Row row : rows) {
            svg.append(label(0, y + 14, row.label()));
            double x = LABEL;
            for (Bar segment : row.segments()) {
                double width = (WIDTH - LABEL - 50.0) * segment.value() / max;
                if (segment.value() > 0) {
                    svg.append(String.format(Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"18\" fill=\"%s\"><title>%s: %d</title></rect>",
                            x, y, Math.max(width, 1), escape(segment.color()), escape(segment.label()), segment.value()));
                }
                x += width;
            }
            svg.append(text((int) x + 6, y + 14, String.valueOf(row.total()), "#222"));
            y += 26;
        }
        legend(svg, legend, y + 4);
        return close(svg, rows.isEmpty());
    }

    public static String lines(String title, List<String> xLabels, List<Series> series) {
        int max = Math.max(1, series.stream().flatMap(s -> s.values().stream()).mapToInt(Integer::intValue).max()
                .orElse(1));
        var legend = series.stream().map(s -> new Bar(s.label(), s.color(), 0)).toList();
        int plotHeight = 160;
        int height = plotHeight + 40 + legendHeight(legend);
        var svg = open(title, height);
        int left = 40;
        int right = WIDTH - 10;
        int top = 10;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", left,
                top + plotHeight, right, top + plotHeight));
        svg.append(text(0, top + 10, String.valueOf(max), "#666")).append(text(0, top + plotHeight, "0", "#666"));
        int points = xLabels.size();
        for (Series s : series) {
            var path = new StringBuilder();
            for (int i = 0; i < s.values().size(); i++) {
                double x = points <= 1 ? left : left + (right - left) * (double) i / (points - 1);
                double y = top + plotHeight - plotHeight * (double) s.values().get(i) / max;
                path.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            svg.append(String.format(Locale.ROOT,
                    "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"><title>%s</title></polyline>",
                    escape(s.color()), path.toString().strip(), escape(s.label())));
            // markers too: a single day is a point, not a line
            for (int i = 0; i < s.values().size(); i++) {
                double x = points <= 1 ? left : left + (right - left) * (double) i / (points - 1);
                double y = top + plotHeight - plotHeight * (double) s.values().get(i) / max;
                svg.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s: %d (%s)</title></circle>", x, y,
                        escape(s.color()), escape(s.label()), s.values().get(i),
                        escape(i < xLabels.size() ? xLabels.get(i) : "")));
            }
        }
        if (points > 0) {
            svg.append(text(left, top + plotHeight + 16, xLabels.getFirst(), "#666"));
            if (points > 1) {
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#666\" text-anchor=\"end\">%s</text>", right,
                        top + plotHeight + 16, escape(xLabels.getLast())));
            }
        }
        legend(svg, legend, top + plotHeight + 26);
        return close(svg, points == 0);
    }

    private static StringBuilder open(String title, int height) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fd-chart\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" font-family=\"DejaVu Sans, sans-serif\">",
                WIDTH, height, WIDTH, height, escape(title)));
    }

    private static String close(StringBuilder svg, boolean empty) {
        if (empty) {
            svg.append(text(0, 16, "Nothing to show yet.", "#666"));
        }
        return svg.append("</svg>").toString();
    }

    private static int legendHeight(List<Bar> legend) {
        return legend.isEmpty() ? 0 : ((legend.size() + 2) / 3) * 18 + 6;
    }

    private static void legend(StringBuilder svg, List<Bar> legend, int top) {
        for (int i = 0; i < legend.size(); i++) {
            int x = (i % 3) * 170;
            int y = top + (i / 3) * 18;
            svg.append(rect(x, y, 12, 12, legend.get(i).color())).append(label(x + 16, y + 11, legend.get(i).label()));
        }
    }

    private static String rect(int x, int y, int width, int height, String color) {
        return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"2\" fill=\"%s\"/>", x, y,
                width, height, escape(color));
    }

    private static String label(int x, int y, String text) {
        String shown = text == null ? "" : text.length() > 22 ? text.substring(0, 21) + "…" : text;
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"#444\">%s<title>%s</title></text>",
                x, y, escape(shown), escape(text));
    }

    private static String text(int x, int y, String text, String color) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"%s\">%s</text>", x, y, color,
                escape(text));
    }
}
