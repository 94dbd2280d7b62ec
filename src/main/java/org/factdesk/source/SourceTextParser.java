package org.factdesk.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds metadata and structure in plain text, in the shapes sources actually come in: wiki pages
 * ({@code = Title =}, an {@code Infobox} of {@code - Key: Value} lines, {@code == Section ==}),
 * news copy (a leading date line, a {@code By …} byline, a {@code TEHRAN-} dateline, a trailing
 * {@code (Outlet)} credit) and web furniture such as "Leave a Comment". The text is never changed;
 * every part is reported by offsets into it.
 */
final class SourceTextParser {

    private static final Pattern WIKI_TITLE = Pattern.compile("^=\\s*([^=].*?)\\s*=$");
    private static final Pattern WIKI_HEADING = Pattern.compile("^(={2,6})\\s*(.+?)\\s*\\1$");
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*$");
    private static final Pattern INFOBOX = Pattern.compile("^infobox\\b.{0,60}$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD = Pattern.compile("^[-*]\\s*([^:\\n]{1,40}?)\\s*:\\s?(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*•]|\\d{1,3}[.)])\\s+\\S");
    private static final Pattern CREDIT = Pattern.compile("^\\(([^()]{2,60})\\)$");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|by)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|van|von|al|el|bin|and)){0,5})\\s*$");
    private static final Pattern DATE_PREFIX = Pattern.compile(
            "^(?:(?:published|updated|issued|posted|date)\\s*:?\\s+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern INLINE_DATE = Pattern.compile("^date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+(?=\\S)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_TAIL = Pattern.compile("^\\s*(?:[-–—|,]\\s*)?(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?"
            + "(?:\\s*[A-Z]{2,4})?)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{Lu}.'’ ]{1,40}\\p{Lu})(?:,\\s+[\\p{L}\\d. ]{1,30}?)?\\s*(?:\\(([^)]{2,40})\\))?\\s*[-–—]+\\s*(?=\\S)");
    private static final Pattern NAVIGATION_HEADING = Pattern.compile(
            "^(see also|external links|references|further reading|notes|sources|related( articles| stories)?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BOILERPLATE = Pattern.compile(
            "^(leave a comment|leave a reply|share this( story| article| post)?|share on \\w+|subscribe( now)?"
                    + "|advertisement|read more|related( articles| stories)?:?|click here.*|sign up for our newsletter.*"
                    + "|all rights reserved.*|follow us on .*|comments?|print|email|tweet|copy link|skip to content"
                    + "|©.*|copyright ©?.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATEMENT = Pattern.compile("\\b(statement|press release|communiqu[eé])\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The commonest words of each language, in a fixed order: the first language wins a tie (Map.of would make the
     * guess differ from one run to the next). Looked up word by word, once per word of the sample.
     */
    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "nl");
    private static final Map<String, int[]> STOPWORD_LANGUAGES = stopwordLanguages(List.of(
            Set.of("the", "and", "of", "to", "in", "is", "was", "that", "for", "with", "on", "said"),
            Set.of("der", "die", "und", "das", "nicht", "ist", "mit", "den", "von", "sich", "auf"),
            Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "pas"),
            Set.of("el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "para", "con"),
            Set.of("il", "di", "che", "e", "la", "per", "una", "sono", "della", "non", "con"),
            Set.of("de", "het", "een", "en", "van", "is", "niet", "op", "dat", "met", "voor")));

    private static Map<String, int[]> stopwordLanguages(List<Set<String>> stopwords) {
        var byWord = new java.util.HashMap<String, int[]>();
        for (int language = 0; language < stopwords.size(); language++) {
            for (String word : stopwords.get(language)) {
                int[] before = byWord.getOrDefault(word, new int[0]);
                int[] after = Arrays.copyOf(before, before.length + 1);
                after[before.length] = language;
                byWord.put(word, after);
            }
        }
        return Map.copyOf(byWord);
    }

    private SourceTextParser() {
    }

    private record Line(int start, int end, String text) {
    }

    static ParsedText parse(String text) {
        List<Line> lines = lines(text);
        int lastNonBlank = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).text().isEmpty()) {
                lastNonBlank = i;
            }
        }
        var blocks = new ArrayList<Block>();
        String title = null;
        String author = null;
        String outlet = null;
        // The dates the top of the text states for itself, each once, in the order written. Pages often carry two:
        // the day the page was crawled or updated above the headline, the day of the story just above its body.
        var dateLines = new ArrayList<LocalDate>();
        LocalDate beforeBody = null;
        LocalDate afterBodyStart = null;
        boolean bodyStarted = false;
        boolean wiki = false;
        boolean leading = true;
        boolean inInfobox = false;
        boolean inNavigation = false;

        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String t = line.text();
            if (t.isEmpty()) {
                inInfobox = false;
                continue;
            }
            int s = line.start();
            int e = line.end();
            Matcher m;
            if (title == null && (m = WIKI_TITLE.matcher(t)).matches()) {
                title = m.group(1);
                wiki = true;
                blocks.add(Block.of(BlockKind.TITLE, s, e));
            } else if ((m = WIKI_HEADING.matcher(t)).matches() || (m = MD_HEADING.matcher(t)).matches()) {
                String heading = m.group(2).trim();
                if (m.pattern() == MD_HEADING && m.group(1).length() == 1 && title == null) {
                    title = heading;
                    blocks.add(Block.of(BlockKind.TITLE, s, e));
                } else {
                    blocks.add(Block.of(BlockKind.HEADING, s, e));
                    inNavigation = NAVIGATION_HEADING.matcher(heading).matches();
                }
                leading = false;
            } else if (INFOBOX.matcher(t).matches()) {
                inInfobox = true;
                wiki = true;
                blocks.add(Block.of(BlockKind.INFOBOX, s, e));
            } else if (inInfobox && (m = FIELD.matcher(t)).matches()) {
                int valueStart = s + m.start(2);
                blocks.add(new Block(BlockKind.INFOBOX_FIELD, s, e, m.group(1).trim(), m.group(2).trim()));
                if (valueStart > e) {
                    throw new IllegalStateException("infobox value outside its line");
                }
            } else if (BOILERPLATE.matcher(t).matches()) {
                blocks.add(Block.of(BlockKind.BOILERPLATE, s, e));
            } else if (i == lastNonBlank && (m = CREDIT.matcher(t)).matches()) {
                outlet = outlet == null ? m.group(1).trim() : outlet;
                blocks.add(Block.of(BlockKind.CREDIT, s, e));
            } else if (LIST_ITEM.matcher(t).lookingAt()) {
                blocks.add(Block.of(inNavigation ? BlockKind.NAVIGATION : BlockKind.LIST_ITEM, s, e));
            } else if (leading && author == null && (m = BYLINE.matcher(t)).matches()) {
                author = m.group(1).trim();
                blocks.add(Block.of(BlockKind.BYLINE, s, e));
            } else if (leading && isDateLine(t)) {
                LocalDate date = SourceDates.find(t).orElse(null);
                if (date != null) {
                    addOnce(dateLines, date);
                    // an editor reads the date nearest the body as the story's: the last one above its first paragraph
                    if (!bodyStarted) {
                        beforeBody = date;
                    } else if (afterBodyStart == null) {
                        afterBodyStart = date;
                    }
                }
                blocks.add(Block.of(BlockKind.DATE, s, e));
            } else if (leading && (m = INLINE_DATE.matcher(t)).find()) {
                LocalDate date = SourceDates.find(m.group(1)).orElse(null);
                if (date != null) {
                    addOnce(dateLines, date);
                    // the date opens the first paragraph: none can stand nearer the body
                    if (!bodyStarted) {
                        beforeBody = date;
                    } else if (afterBodyStart == null) {
                        afterBodyStart = date;
                    }
                }
                bodyStarted = true;
                blocks.add(Block.of(BlockKind.DATE, s, s + m.end()));
                blocks.add(Block.of(BlockKind.PARAGRAPH, s + m.end(), e));
                leading = t.length() < 150;
            } else if (leading && title == null && looksLikeHeadline(t)) {
                title = t;
                blocks.add(Block.of(BlockKind.TITLE, s, e));
            } else if (leading && title != null && looksLikeHeadline(t) && previousIsTitleOrDate(blocks)) {
                blocks.add(Block.of(BlockKind.SUBTITLE, s, e));
            } else if (!wiki && isSubheading(t, lines, i)) {
                blocks.add(Block.of(BlockKind.HEADING, s, e));
            } else {
                int paragraphStart = s;
                if (leading && (m = DATELINE.matcher(t)).find()) {
                    blocks.add(Block.of(BlockKind.DATELINE, s, s + m.end()));
                    if (m.group(2) != null && outlet == null) {
                        outlet = m.group(2).trim();
                    }
                    paragraphStart = s + m.end();
                }
                blocks.add(Block.of(BlockKind.PARAGRAPH, paragraphStart, e));
                bodyStarted = true;
                if (t.length() >= 150) {
                    leading = false;
                }
            }
        }

        LocalDate published = beforeBody != null ? beforeBody : afterBodyStart;
        SourceType type = wiki ? SourceType.ENCYCLOPEDIA
                : title != null && STATEMENT.matcher(title).find() ? SourceType.STATEMENT
                : author != null || published != null || outlet != null
                        || blocks.stream().anyMatch(b -> b.kind() == BlockKind.DATELINE) ? SourceType.NEWS
                : SourceType.OTHER;
        if (title == null) {
            title = fallbackTitle(text, blocks);
        }
        return new ParsedText(title, author, outlet, published, type, language(text), List.copyOf(blocks),
                List.copyOf(dateLines));
    }

    private static void addOnce(List<LocalDate> dates, LocalDate date) {
        if (!dates.contains(date)) {
            dates.add(date);
        }
    }

    private static List<Line> lines(String text) {
        var lines = new ArrayList<Line>();
        int start = 0;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline;
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            lines.add(new Line(s, e, text.substring(s, e)));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
        return lines;
    }

    static boolean isDateLine(String line) {
        String rest = line;
        Matcher prefix = DATE_PREFIX.matcher(rest);
        if (prefix.find()) {
            rest = rest.substring(prefix.end());
        }
        var match = SourceDates.firstMatch(rest);
        return match.isPresent() && match.get().start() == 0
                && TIME_TAIL.matcher(rest.substring(match.get().end())).matches();
    }

    private static boolean looksLikeHeadline(String line) {
        if (line.length() > 200 || line.length() < 8) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".;,".indexOf(last) < 0 && line.split("\\s+").length >= 3;
    }

    private static boolean previousIsTitleOrDate(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return false;
        }
        var kind = blocks.getLast().kind();
        return kind == BlockKind.TITLE || kind == BlockKind.DATE || kind == BlockKind.BYLINE;
    }

    /** A short, title-cased line standing alone between paragraphs: a news subheading, not a statement. */
    private static boolean isSubheading(String line, List<Line> lines, int index) {
        if (line.length() > 120 || ".!?:;,\"”’'".indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        String[] words = line.split("\\s+");
        if (words.length < 3) {
            return false;
        }
        boolean standsAlone = (index == 0 || lines.get(index - 1).text().isEmpty())
                && (index + 1 >= lines.size() || lines.get(index + 1).text().isEmpty());
        return standsAlone && TextStructure.capitalisedShare(List.of(words)) >= 0.7;
    }

    private static String fallbackTitle(String text, List<Block> blocks) {
        return blocks.stream()
                .filter(b -> b.kind() == BlockKind.PARAGRAPH)
                .findFirst()
                .map(b -> {
                    String paragraph = b.text(text);
                    int sentenceEnd = paragraph.indexOf(". ");
                    String sentence = sentenceEnd > 0 ? paragraph.substring(0, sentenceEnd) : paragraph;
                    if (sentence.length() <= 90) {
                        return sentence;
                    }
                    int cut = sentence.lastIndexOf(' ', 88);
                    return sentence.substring(0, cut > 40 ? cut : 88) + "…";
                })
                .orElse("Untitled source");
    }

    /** A rough guess from the share of common words; editors can correct it. */
    static String language(String text) {
        // the first few thousand characters hold a hundred common words or more: plenty to tell the language by
        String sample = text.length() > 5_000 ? text.substring(0, 5_000) : text;
        int letters = 0;
        int arabic = 0;
        int[] counts = new int[LANGUAGES.size()];
        var word = new StringBuilder(16);
        for (int i = 0; i <= sample.length(); ) {
            int c = i < sample.length() ? sample.codePointAt(i) : ' ';
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                if (c >= 0x0600 && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                    arabic++;
                }
                word.appendCodePoint(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                int[] languages = STOPWORD_LANGUAGES.get(word.toString());
                if (languages != null) {
                    for (int language : languages) {
                        counts[language]++;
                    }
                }
                word.setLength(0);
            }
        }
        if (letters > 0 && arabic * 2 > letters) {
            return "ar";
        }
        int best = 0;
        for (int language = 1; language < counts.length; language++) {
            if (counts[language] > counts[best]) {
                best = language;
            }
        }
        return counts[best] >= 3 ? LANGUAGES.get(best) : null;
    }
}
