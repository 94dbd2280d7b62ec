package org.factdesk.report;

import java.util.Set;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;

/**
 * An editor's Markdown as plain text, for formats whose readers show text as it is (ClaimReview's
 * {@code reviewBody}): the Markdown syntax goes, paragraphs stay apart, a link is its words and its address,
 * and HTML typed into the Markdown is left out, keeping only the words between its tags.
 */
final class PlainText {

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer RENDERER = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
            .nodeRendererFactory(WithoutMarkup::new)
            .build();

    private PlainText() {
    }

    static String of(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)).strip();
    }

    private record WithoutMarkup(TextContentNodeRendererContext context) implements NodeRenderer {

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Link.class, HtmlInline.class, HtmlBlock.class);
        }

        @Override
        public void render(Node node) {
            var writer = context.getWriter();
            switch (node) {
                case Link link -> {
                    for (Node child = link.getFirstChild(); child != null; child = child.getNext()) {
                        context.render(child);
                    }
                    // an autolink's words are its address already
                    boolean autolink = link.getFirstChild() instanceof Text text
                            && text.getLiteral().equals(link.getDestination());
                    if (!autolink && !link.getDestination().isBlank()) {
                        writer.write(" (" + link.getDestination() + ")");
                    }
                }
                case HtmlBlock block -> {
                    // Jsoup's text leaves out tags, and scripts and styles whole
                    String words = Jsoup.parse(block.getLiteral()).text();
                    if (!words.isBlank()) {
                        writer.write(words);
                        writer.block();
                    }
                }
                default -> {
                    // inline HTML: the tag goes, the words around it are nodes of their own
                }
            }
        }
    }
}
