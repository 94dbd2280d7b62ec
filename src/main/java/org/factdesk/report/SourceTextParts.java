package org.factdesk.report;

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
 * without stored parts prints as it is. The parts are plain text; the report's template makes them markup.
 */
final class SourceTextParts {

    /** The markup around a heading's words: {@code == History ==}, {@code ## History}. */
    private static final Pattern HEADING = Pattern.compile("^([=#]*)\\s*(.*?)\\s*=*$", Pattern.DOTALL);

    /** A claim's mark: from its start, or from where an earlier claim it overlaps ends. */
    record Mark(int start, int end, long claimId, int number, String color) {
    }

    /** One element of the text: a paragraph ({@code p}, with a class or none) or a heading ({@code h3} to {@code h6}). */
    record Part(String tag, String cssClass, List<Run> runs) {
    }

    /** A stretch of a part's text: unmarked, where a claim's mark starts (with its number), or where it goes on. */
    record Run(String text, Mark mark, boolean markStarts) {
    }

    /** Parts on one line, printed as one element. */
    private record Line(int start, int end, List<Block> blocks) {
    }

    private final String text;
    private final String title;
    private final List<Mark> marks = new ArrayList<>();

    private SourceTextParts(String text, String title) {
        this.text = text;
        this.title = title;
    }

    static List<Part> of(ReportRows.Document d, List<ReportRows.Claim> claims, Map<Long, Integer> numbers) {
        var source = new SourceTextParts(d.text(), d.title());
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
        return d.blocks().isEmpty() ? List.of(new Part("p", "plain", source.marked(0, d.text().length())))
                : source.parts(d.blocks());
    }

    private List<Part> parts(List<Block> blocks) {
        var parts = new ArrayList<Part>();
        int cursor = 0;
        for (Line line : lines(blocks)) {
            loose(cursor, line.start(), parts);
            line(line, parts);
            cursor = line.end();
        }
        loose(cursor, text.length(), parts);
        return parts;
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
    private void loose(int from, int to, List<Part> parts) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from < to) {
            parts.add(new Part("p", null, marked(from, to)));
        }
    }

    private void line(Line line, List<Part> parts) {
        var kind = line.blocks().getFirst().kind();
        if (line.blocks().size() == 1 && (kind == BlockKind.TITLE || kind == BlockKind.HEADING)) {
            heading(line.start(), line.end(), kind, parts);
            return;
        }
        boolean boilerplate = line.blocks().stream().allMatch(b -> b.kind() == BlockKind.BOILERPLATE);
        // boilerplate says nothing about the claims, unless an editor marked one in it
        if (boilerplate && marks.stream().noneMatch(m -> m.start() < line.end() && m.end() > line.start())) {
            return;
        }
        parts.add(new Part("p", kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                marked(line.start(), line.end())));
    }

    /** The source's title one level under the report's, its sections a level under that per level of markup. */
    private void heading(int start, int end, BlockKind kind, List<Part> parts) {
        Matcher m = HEADING.matcher(text.substring(start, end));
        if (!m.matches() || m.group(2).isEmpty()) {
            return;
        }
        int wordsStart = start + m.start(2);
        int wordsEnd = start + m.end(2);
        // the source's own title line says again what the report's heading for the source says
        if (kind == BlockKind.TITLE && m.group(2).equals(title)
                && marks.stream().noneMatch(mark -> mark.start() < wordsEnd && mark.end() > wordsStart)) {
            return;
        }
        int depth = m.group(1).length();
        int level = kind == BlockKind.TITLE ? 3 : Math.min(6, Math.max(4, depth + 2));
        parts.add(new Part("h" + level, null, marked(wordsStart, wordsEnd)));
    }

    /**
     * The text between two offsets, cut where claims are marked in it. A claim's number goes where its mark
     * starts; a claim that runs on past a part's end is marked on in the next one without it.
     */
    private List<Run> marked(int from, int to) {
        var runs = new ArrayList<Run>();
        int position = from;
        for (Mark mark : marks) {
            if (mark.end() <= position || mark.start() >= to) {
                continue;
            }
            int start = Math.max(mark.start(), position);
            int end = Math.min(mark.end(), to);
            if (position < start) {
                runs.add(new Run(text.substring(position, start), null, false));
            }
            runs.add(new Run(text.substring(start, end), mark, start == mark.start()));
            position = end;
        }
        if (position < to) {
            runs.add(new Run(text.substring(position, to), null, false));
        }
        return runs;
    }
}
