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
 */
class StructuredText extends Div {

    StructuredText(String text, List<Block> blocks) {
        addClassName("fd-doc-text");
        if (blocks.isEmpty()) {
            var plain = new Div();
            plain.addClassName("fd-plain-text");
            plain.setText(text);
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
                case SUBTITLE -> add(styled(new Paragraph(content), block));
                case INFOBOX -> {
                    infobox = new NativeTableBody();
                    var table = new NativeTable(infobox);
                    table.addClassName("fd-infobox");
                    table.getElement().setAttribute("data-start", String.valueOf(block.start()));
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
                    var value = new NativeTableCell(block.value());
                    var row = new NativeTableRow(key, value);
                    row.getElement().setAttribute("data-start", String.valueOf(block.start()));
                    infobox.add(row);
                }
                case LIST_ITEM, NAVIGATION -> {
                    if (list == null) {
                        list = new UnorderedList();
                        list.addClassName(block.kind() == BlockKind.NAVIGATION ? "fd-block-navigation" : "fd-block-list");
                        add(list);
                    }
                    list.add(styled(new ListItem(content.replaceFirst("^(?:[-*•]|\\d{1,3}[.)])\\s+", "")), block));
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
                    paragraph.add(new Span(content));
                    paragraph.addClassName("fd-block-paragraph");
                    paragraph.getElement().setAttribute("data-start", String.valueOf(block.start()));
                    add(paragraph);
                    pendingLead = null;
                }
                default -> add(styled(new Paragraph(content), block));
            }
        }
        if (pendingLead != null) {
            add(pendingLead);
        }
    }

    private static <T extends Component> T styled(T component, Block block) {
        component.addClassName("fd-block-" + block.kind().name().toLowerCase());
        component.getElement().setAttribute("data-start", String.valueOf(block.start()));
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
