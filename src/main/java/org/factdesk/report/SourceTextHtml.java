package org.factdesk.report;

import static org.factdesk.base.XmlText.escape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.source.Block;
import org.factdesk.source.BlockKind;

/**
 * A source's text as the report prints it, by the parts the importer found in it: headings as headings without
 * their wiki or Markdown markup, boilerplate ("Leave a Comment") left out, every other part a paragraph. Parts
 * that share a line, such as a dateline and its paragraph, stay one paragraph. Each claim is marked on its words:
 * everything is cut from the stored text by offsets, so the marks sit where the claims were found. A text
 * without stored parts prints as it is.
 */
final class SourceTextHtml {

    /** The markup around a heading's words: {@code == History ==}, {@code ## History}. */
    private static final Pattern HEADING = Pattern.compile("^([=#]*)\\s*(.*?)\\s*=*$", Pattern.DOTALL);

    /** Where a claim is marked: from its start, or from where an earlier claim it overlaps ends. */
    private record Mark(int start, int end, long claimId, int number, String color) {
    }

    /** Parts on one line, printed as one element. */
    private record Line(int start, int end, List<Block> blocks) {
    }

    private final String text;
    private final String title;
    private final List<Mark> marks = new ArrayList<>();

    private SourceTextHtml(String text, String title) {
        this.text = text;
        this.title = title;
    }

    static String html(ReportRows.Document d, List<ReportRows.Claim> claims, Map<Long, Integer> numbers) {
        var source = new SourceTextHtml(d.text(), d.title());
        int cursor = 0;
        for (var claim : claims.stream().filter(c -> c.documentVersion() == d.version() && c.end() <= d.text().length())
                .sorted(Comparator.comparingInt(ReportRows.Claim::start)).toList()) {
            int start = Math.max(claim.start(), cursor);
            if (start < claim.end()) {
                source.marks.add(new Mark(start, claim.end(), claim.id(), numbers.get(claim.id()),
                        claim.verdictColor() == null ? "#bdbdbd" : claim.verdictColor()));
                cursor = claim.end();
            }
        }
        return "<div class=\"text\">" + (d.blocks().isEmpty() ? "<p class=\"plain\">" + source.marked(0, d.text().length())
                + "</p>" : source.parts(d.blocks())) + "</div>";
    }

    private String parts(List<Block> blocks) {
        var html = new StringBuilder();
        int cursor = 0;
        for (Line line : lines(blocks)) {
            html.append(loose(cursor, line.start()));
            html.append(line(line));
            cursor = line.end();
        }
        return html.append(loose(cursor, text.length())).toString();
    }

    private List<Line> lines(List<Block> blocks) {
        var lines = new ArrayList<Line>();
        int end = 0;
        for (Block block : blocks.stream().sorted(Comparator.comparingInt(Block::start)).toList()) {
            if (block.start() < end || block.end() > text.length()) {
                continue;
            }
            if (!lines.isEmpty() && text.substring(end, block.start()).indexOf('\n') < 0) {
                var last = lines.removeLast();
                var joined = new ArrayList<>(last.blocks());
                joined.add(block);
                lines.add(new Line(last.start(), block.end(), joined));
            } else {
                lines.add(new Line(block.start(), block.end(), List.of(block)));
            }
            end = block.end();
        }
        return lines;
    }

    /** Text between parts that the importer gave no part: usually only white space. */
    private String loose(int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return from == to ? "" : "<p>" + marked(from, to) + "</p>";
    }

    private String line(Line line) {
        var kind = line.blocks().getFirst().kind();
        if (line.blocks().size() == 1 && (kind == BlockKind.TITLE || kind == BlockKind.HEADING)) {
            return heading(line.start(), line.end(), kind);
        }
        boolean boilerplate = line.blocks().stream().allMatch(b -> b.kind() == BlockKind.BOILERPLATE);
        // boilerplate says nothing about the claims, unless an editor marked one in it
        if (boilerplate && marks.stream().noneMatch(m -> m.start() < line.end() && m.end() > line.start())) {
            return "";
        }
        return "<p class=\"" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "\">"
                + marked(line.start(), line.end()) + "</p>";
    }

    /** The source's title one level under the report's, its sections a level under that per level of markup. */
    private String heading(int start, int end, BlockKind kind) {
        Matcher m = HEADING.matcher(text.substring(start, end));
        if (!m.matches() || m.group(2).isEmpty()) {
            return "";
        }
        int wordsStart = start + m.start(2);
        int wordsEnd = start + m.end(2);
        // the source's own title line says again what the report's heading for the source says
        if (kind == BlockKind.TITLE && m.group(2).equals(title)
                && marks.stream().noneMatch(mark -> mark.start() < wordsEnd && mark.end() > wordsStart)) {
            return "";
        }
        int depth = m.group(1).length();
        int level = kind == BlockKind.TITLE ? 3 : Math.min(6, Math.max(4, depth + 2));
        return "<h" + level + ">" + marked(wordsStart, wordsEnd) + "</h" + level + ">";
    }

    /**
     * The text between two offsets, escaped, with the claims in it marked. A claim's number goes where its mark
     * starts; a claim that runs on past a part's end is marked on in the next one without it.
     */
    private String marked(int from, int to) {
        var html = new StringBuilder();
        int position = from;
        for (Mark mark : marks) {
            if (mark.end() <= position || mark.start() >= to) {
                continue;
            }
            int start = Math.max(mark.start(), position);
            int end = Math.min(mark.end(), to);
            html.append(escape(text.substring(position, start)));
            html.append(start == mark.start()
                    ? "<mark class=\"claim\" style=\"border-color:" + escape(mark.color()) + "\"><a href=\"#claim-"
                            + mark.claimId() + "\" class=\"ref\">" + mark.number() + "</a>"
                    : "<mark class=\"claim-more\" style=\"border-color:" + escape(mark.color()) + "\">");
            html.append(escape(text.substring(start, end))).append("</mark>");
            position = end;
        }
        return html.append(escape(text.substring(position, to))).toString();
    }
}
