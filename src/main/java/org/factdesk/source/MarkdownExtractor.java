package org.factdesk.source;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Markdown is text already, so it is stored as written; commonmark finds its title and links.
 * Headings and lists are found by the text parser, with offsets into the source as written.
 */
final class MarkdownExtractor {

    private MarkdownExtractor() {
    }

    static Extraction extract(String markdown) {
        var document = Parser.builder().build().parse(markdown);
        var links = new ArrayList<SourceLink>();
        var title = new StringBuilder();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                var text = new StringBuilder();
                link.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text t) {
                        text.append(t.getLiteral());
                    }
                });
                String url = link.getDestination();
                if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")) {
                    links.add(new SourceLink(url, text.toString()));
                }
            }

            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 1 && title.isEmpty()) {
                    heading.accept(new AbstractVisitor() {
                        @Override
                        public void visit(Text t) {
                            title.append(t.getLiteral());
                        }
                    });
                }
            }
        });
        return new Extraction(markdown, SourceFormat.MARKDOWN, title.isEmpty() ? null : title.toString(), null, null,
                null, null, List.copyOf(links), List.of());
    }
}
