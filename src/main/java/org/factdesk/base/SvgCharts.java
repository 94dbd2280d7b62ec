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

    /**
     * A confusion table as a heatmap: {@code rowLabels} down the side (the first rater), {@code columnLabels} across the
     * top (the second), each cell shaded by its count, the diagonal (agreement) in green and the rest in orange, and
     * every count written in its cell.
     */
    public static String heatmap(String title, String rowName, String columnName, List<String> rowLabels,
                                 List<String> columnLabels, int[][] counts) {
        int cell = Math.max(30, Math.min(44, (WIDTH - LABEL) / Math.max(1, columnLabels.size())));
        int top = 96;
        int height = top + rowLabels.size() * cell + 8;
        int width = LABEL + columnLabels.size() * cell + 64; // room for the last rotated column label
        int max = 1;
        for (int[] row : counts) {
            for (int n : row) {
                max = Math.max(max, n);
            }
        }
        var svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fd-chart fd-heatmap\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\" font-family=\"DejaVu Sans, sans-serif\">",
                width, height, width, height, escape(title)));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"12\" font-size=\"11\" fill=\"#666\">%s →</text>",
                LABEL, escape(columnName)));
        svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\" font-size=\"11\" fill=\"#666\">%s ↓</text>",
                top - 6, escape(rowName)));
        for (int c = 0; c < columnLabels.size(); c++) {
            int x = LABEL + c * cell + cell / 2;
            String shown = columnLabels.get(c).length() > 12 ? columnLabels.get(c).substring(0, 11) + "…" : columnLabels.get(c);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#444\" "
                    + "transform=\"rotate(-45 %d %d)\">%s<title>%s</title></text>", x, top - 6, x, top - 6,
                    escape(shown), escape(columnLabels.get(c))));
        }
        for (int r = 0; r < rowLabels.size(); r++) {
            int y = top + r * cell;
            svg.append(label(0, y + cell / 2 + 4, rowLabels.get(r)));
            for (int c = 0; c < columnLabels.size(); c++) {
                int n = r < counts.length && c < counts[r].length ? counts[r][c] : 0;
                double share = n / (double) max;
                String color = n == 0 ? "#f4f4f4" : r == c ? shade(0x2e7d32, share) : shade(0xe65100, share);
                svg.append(String.format(Locale.ROOT, "<rect class=\"fd-heat-cell\" x=\"%d\" y=\"%d\" width=\"%d\" "
                        + "height=\"%d\" fill=\"%s\" stroke=\"#fff\"><title>%s / %s: %d</title></rect>",
                        LABEL + c * cell, y, cell, cell, color, escape(rowLabels.get(r)), escape(columnLabels.get(c)), n));
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" "
                        + "fill=\"%s\">%d</text>", LABEL + c * cell + cell / 2, y + cell / 2 + 4,
                        share > 0.55 ? "#fff" : "#222", n));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The colour at {@code share} (0…1) of the way from a pale tint to {@code rgb}. */
    private static String shade(int rgb, double share) {
        double t = 0.18 + 0.82 * Math.max(0, Math.min(1, share));
        int r = (int) Math.round(255 + (((rgb >> 16) & 0xff) - 255) * t);
        int g = (int) Math.round(255 + (((rgb >> 8) & 0xff) - 255) * t);
        int b = (int) Math.round(255 + ((rgb & 0xff) - 255) * t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
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
