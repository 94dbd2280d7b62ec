package org.factdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HtmlHeadingsTest {

    /**
     * Structure parsing is linear: a page of 50,000 headings took 40 s when every block was compared with every
     * heading. The limit is far above the linear time (well under a second here) and far below the quadratic one.
     */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void a_page_with_fifty_thousand_headings_is_parsed_in_linear_time() {
        var html = new StringBuilder("<html><body><article>");
        for (int i = 0; i < 50_000; i++) {
            html.append("<h2>Section ").append(i).append("</h2><p>Paragraph ").append(i).append(" of the report.</p>");
        }
        html.append("</article></body></html>");

        var extraction = HtmlExtractor.extract(html.toString(), null);
        var parsed = SourceTextParser.parse(DocumentService.normalise(extraction.text()));
        var blocks = SourceImporter.withMarkupHeadings(parsed.blocks(), extraction.headings());

        assertThat(extraction.headings()).hasSize(50_000);
        assertThat(blocks.stream().filter(b -> b.kind() == BlockKind.HEADING).count()).isGreaterThanOrEqualTo(49_999);
    }
}
