package org.factdesk.source.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.List;
import org.factdesk.source.Block;
import org.factdesk.source.BlockKind;

/**
 * A document's stored text laid out by its parts: title, headings, the infobox as a table,
 * paragraphs and lists, with bylines, dates and boilerplate set apart. All text goes in as text
 * nodes, so markup in a source shows as characters and never runs.
 * <p>
 * Every run of text carries {@code data-start}, its offset in the stored text, so that a browser
 * selection can be mapped back to offsets. Highlights (claims) become runs with their own classes.
 */
public class StructuredText extends Div {

    /** A range to mark in the text, with the id and classes its run gets. */
    public record Highlight(int start, int end, String id, List<String> classNames) {
    }

    private final String text;
    private final List<Highlight> highlights;

    public StructuredText(String text, List<Block> blocks) {
        this(text, blocks, List.of());
    }

    public StructuredText(String text, List<Block> blocks, List<Highlight> highlights) {
        this.text = text;
        this.highlights = highlights.stream().sorted(Comparator.comparingInt(Highlight::start)).toList();
        addClassName("fd-doc-text");
        if (blocks.isEmpty()) {
            var plain = new Div();
            plain.addClassName("fd-plain-text");
            plain.add(runs(0, text.length()));
            add(plain);
            return;
        }
        var sorted = blocks.stream().sorted(Comparator.comparingInt(Block::start)).toList();
        NativeTableBody infobox = null;
        UnorderedList list = null;
        Paragraph pendingLead = null;
        for (Block block : sorted) {
            String content = block.text(text);
            if (block.kind() != BlockKind.INFOBOX_FIELD) {
                infobox = null;
            }
            if (block.kind() != BlockKind.LIST_ITEM && block.kind() != BlockKind.NAVIGATION) {
                list = null;
            }
            switch (block.kind()) {
                case TITLE -> add(styled(new H2(stripWikiMarks(content)), block));
                case HEADING -> add(styled(new H3(stripWikiMarks(content)), block));
                case SUBTITLE -> add(styled(paragraphOf(block), block));
                case INFOBOX -> {
                    infobox = new NativeTableBody();
                    var table = new NativeTable(infobox);
                    table.addClassName("fd-infobox");
                    table.getElement().setAttribute("data-block", String.valueOf(block.start()));
                    add(table);
                }
                case INFOBOX_FIELD -> {
                    if (infobox == null) {
                        infobox = new NativeTableBody();
                        var table = new NativeTable(infobox);
                        table.addClassName("fd-infobox");
                        add(table);
                    }
                    var key = new NativeTableHeaderCell(block.key());
                    var value = new NativeTableCell();
                    int valueStart = block.end() - block.value().length();
                    value.add(runs(Math.max(block.start(), valueStart), block.end()));
                    var row = new NativeTableRow(key, value);
                    row.getElement().setAttribute("data-block", String.valueOf(block.start()));
                    infobox.add(row);
                }
                case LIST_ITEM, NAVIGATION -> {
                    if (list == null) {
                        list = new UnorderedList();
                        list.addClassName(block.kind() == BlockKind.NAVIGATION ? "fd-block-navigation" : "fd-block-list");
                        add(list);
                    }
                    int bullet = content.length() - content.replaceFirst("^(?:[-*•]|\\d{1,3}[.)])\\s+", "").length();
                    var item = new ListItem();
                    item.add(runs(block.start() + bullet, block.end()));
                    list.add(styled(item, block));
                }
                case DATELINE, DATE -> {
                    // leads into the paragraph on the same line, if one follows
                    var lead = new Span(content.strip());
                    lead.addClassName("fd-block-" + block.kind().name().toLowerCase());
                    if (pendingLead == null) {
                        pendingLead = new Paragraph();
                        pendingLead.addClassName("fd-block-paragraph");
                    }
                    pendingLead.add(lead, new Span(" "));
                    if (block.kind() == BlockKind.DATE && content.equals(text.substring(lineStart(text, block.start()),
                            lineEnd(text, block.end())).strip())) {
                        add(pendingLead);
                        pendingLead.removeClassName("fd-block-paragraph");
                        pendingLead.addClassName("fd-block-date-line");
                        pendingLead = null;
                    }
                }
                case PARAGRAPH -> {
                    var paragraph = pendingLead != null ? pendingLead : new Paragraph();
                    paragraph.add(runs(block.start(), block.end()));
                    paragraph.addClassName("fd-block-paragraph");
                    paragraph.getElement().setAttribute("data-block", String.valueOf(block.start()));
                    add(paragraph);
                    pendingLead = null;
                }
                default -> add(styled(paragraphOf(block), block));
            }
        }
        if (pendingLead != null) {
            add(pendingLead);
        }
    }

    private Paragraph paragraphOf(Block block) {
        var paragraph = new Paragraph();
        paragraph.add(runs(block.start(), block.end()));
        return paragraph;
    }

    /** The text between two offsets as runs: plain where no highlight is, one run per highlight where one is. */
    private Component[] runs(int from, int to) {
        var runs = new java.util.ArrayList<Component>();
        int position = from;
        for (Highlight h : highlights) {
            if (h.end() <= position || h.start() >= to) {
                continue;
            }
            int start = Math.max(h.start(), position);
            int end = Math.min(h.end(), to);
            if (start > position) {
                runs.add(run(position, start, null));
            }
            runs.add(run(start, end, h));
            position = end;
        }
        if (position < to) {
            runs.add(run(position, to, null));
        }
        return runs.toArray(Component[]::new);
    }

    private Span run(int start, int end, Highlight highlight) {
        var run = new Span(text.substring(start, end));
        run.getElement().setAttribute("data-start", String.valueOf(start));
        if (highlight != null) {
            run.getElement().setAttribute("data-claim", highlight.id());
            highlight.classNames().forEach(run::addClassName);
        }
        return run;
    }

    private static <T extends Component> T styled(T component, Block block) {
        component.addClassName("fd-block-" + block.kind().name().toLowerCase());
        component.getElement().setAttribute("data-block", String.valueOf(block.start()));
        return component;
    }

    private static String stripWikiMarks(String heading) {
        return heading.replaceAll("^[=#]+\\s*|\\s*=+$", "");
    }

    private static int lineStart(String text, int offset) {
        int newline = text.lastIndexOf('\n', Math.max(0, offset - 1));
        return newline < 0 ? 0 : newline + 1;
    }

    private static int lineEnd(String text, int offset) {
        int newline = text.indexOf('\n', offset);
        return newline < 0 ? text.length() : newline;
    }
}
