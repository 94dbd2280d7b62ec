package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartsTest {

    @Test
    void charts_are_svg_with_escaped_labels_and_their_numbers_as_text() {
        String svg = SvgCharts.bars("Verdicts", List.of(new SvgCharts.Bar("<b>True</b>", "#2e7d32", 3),
                new SvgCharts.Bar("False", "#c62828", 1)));
        assertThat(svg).startsWith("<svg").contains("&lt;b&gt;True&lt;/b&gt;").doesNotContain("<b>").contains(">3<");
    }

    @Test
    void a_stacked_chart_totals_each_row_and_a_line_chart_names_its_first_and_last_day() {
        String stacked = SvgCharts.stacked("Per outlet", List.of(new SvgCharts.Row("Wire", List.of(
                new SvgCharts.Bar("True", "#2e7d32", 2), new SvgCharts.Bar("False", "#c62828", 5)))));
        assertThat(stacked).contains(">7<").contains("True: 2").contains("False: 5");
        String lines = SvgCharts.lines("Over time", List.of("2024-01-01", "2024-01-02"),
                List.of(new SvgCharts.Series("Published", "#2e7d32", List.of(0, 4))));
        assertThat(lines).contains("<polyline").contains("2024-01-01").contains("2024-01-02");
        assertThat(SvgCharts.bars("Empty", List.of())).contains("Nothing to show yet.");
    }
}
