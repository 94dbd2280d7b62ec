package org.factdesk.review.ui;

import java.util.List;
import java.util.Locale;
import org.factdesk.review.ProgressCount;

/** A horizontal bar chart as server-side SVG: no script, no charting library, prints as it looks. */
final class BarChart {

    private BarChart() {
    }

    static String svg(String title, List<ProgressCount> counts) {
        int max = Math.max(1, counts.stream().mapToInt(ProgressCount::count).max().orElse(1));
        int rowHeight = 26;
        int height = counts.size() * rowHeight + 8;
        var svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"fd-chart\" width=\"460\" height=\"%d\" role=\"img\" "
                        + "aria-label=\"%s\">", height, escape(title)));
        int y = 4;
        for (ProgressCount c : counts) {
            int width = (int) Math.round(260.0 * c.count() / max);
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"0\" y=\"%d\" font-size=\"13\" fill=\"#444\">%s</text>"
                            + "<rect x=\"130\" y=\"%d\" width=\"%d\" height=\"18\" rx=\"3\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"13\" fill=\"#222\">%d</text>",
                    y + 14, escape(c.label()), y, Math.max(width, 1), escape(c.color()), 136 + width, y + 14, c.count()));
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
