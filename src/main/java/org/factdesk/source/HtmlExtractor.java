package org.factdesk.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Takes the article out of a web page with jsoup: scripts, navigation, headers, footers, asides
 * and forms are dropped, the main container is kept, and its blocks become paragraphs. Nothing of
 * the page's markup survives into the stored text, so none of it can ever run or render.
 */
final class HtmlExtractor {

    private static final String DROP = "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header, "
            + "footer, aside, form, button, input, select, textarea, [hidden], [aria-hidden=true], .share, .social, "
            + ".comments, #comments, .related, .newsletter, .advert, .ad, .cookie, .breadcrumb";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd";

    private HtmlExtractor() {
    }

    static Extraction extract(String html, String baseUrl) {
        Document page = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        // <title> often carries the site's name ("Story | Outlet"), so the page's own h1 comes first
        String title = SourceTexts.firstNonBlank(meta(page, "property", "og:title"),
                page.selectFirst("h1") == null ? null : page.selectFirst("h1").text(),
                page.title().replaceFirst("\\s+[|–—-]\\s+[^|–—-]{2,60}$", ""));
        String author = SourceTexts.firstNonBlank(meta(page, "name", "author"), meta(page, "property", "article:author"),
                textOf(page.selectFirst("[rel=author], .byline, .author")));
        String outlet = SourceTexts.firstNonBlank(meta(page, "property", "og:site_name"), meta(page, "name", "publisher"));
        LocalDate published = SourceDates.find(SourceTexts.firstNonBlank(meta(page, "property", "article:published_time"),
                meta(page, "name", "date"), meta(page, "itemprop", "datePublished"),
                page.selectFirst("time[datetime]") == null ? null : page.selectFirst("time[datetime]").attr("datetime"),
                "")).orElse(null);
        String language = page.selectFirst("html[lang]") == null ? null
                : page.selectFirst("html[lang]").attr("lang").split("[-_]")[0].toLowerCase();

        List<SourceLink> links = links(page);
        page.select(DROP).remove();
        Element main = mainContent(page);

        var text = new StringBuilder();
        var headings = new ArrayList<int[]>();
        for (Element block : main.select(BLOCKS)) {
            // a block holding other blocks is emitted through them (select() would include the element itself)
            if (!block.children().select(BLOCKS).isEmpty()) {
                continue;
            }
            String line = blockText(block).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            if (block.is("li")) {
                text.append("- ");
            }
            text.append(line);
            if (block.is("h2, h3, h4, h5, h6")) {
                headings.add(new int[] {start, text.length()});
            }
        }
        if (text.isEmpty()) {
            text.append(main.text());
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        return new Extraction(text.toString(), SourceFormat.HTML, title, author, outlet, published, language, links,
                headings);
    }

    private static Element mainContent(Document page) {
        for (String selector : new String[] {"article", "main", "[role=main]", "#content", ".content", ".post", ".entry"}) {
            Element candidate = page.selectFirst(selector);
            if (candidate != null && candidate.text().length() > 200) {
                return candidate;
            }
        }
        // The element holding the most paragraph text is the article on pages without semantic markup.
        Map<Element, Integer> weight = new LinkedHashMap<>();
        for (Element p : page.select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                weight.merge(parent, p.text().length(), Integer::sum);
            }
        }
        return weight.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(best -> best.getValue() > 200)
                .map(Map.Entry::getKey)
                .orElse(page.body());
    }

    private static String blockText(Element block) {
        var sb = new StringBuilder();
        for (Node node : block.childNodes()) {
            appendInline(node, sb);
        }
        return sb.toString().replaceAll("[ \\t\\x0B\\f\\r\\u00A0]+", " ").replaceAll(" ?\\n ?", "\n");
    }

    private static void appendInline(Node node, StringBuilder sb) {
        if (node instanceof TextNode t) {
            sb.append(t.text());
        } else if (node instanceof Element e) {
            if (e.is("br")) {
                sb.append('\n');
            } else if (!e.is("ul, ol, table")) {
                for (Node child : e.childNodes()) {
                    appendInline(child, sb);
                }
            }
        }
    }

    private static List<SourceLink> links(Document page) {
        var links = new ArrayList<SourceLink>();
        for (Element a : page.select("a[href]")) {
            String url = a.absUrl("href");
            if (url.isEmpty()) {
                url = a.attr("href");
            }
            String lower = url.toLowerCase();
            if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
                links.add(new SourceLink(url, a.text().strip()));
            }
        }
        return links.stream().distinct().limit(2000).toList();
    }

    private static String meta(Document page, String attribute, String value) {
        Element meta = page.selectFirst("meta[" + attribute + "=" + value + "]");
        return meta == null ? null : meta.attr("content").strip();
    }

    private static String textOf(Element element) {
        return element == null ? null : element.text().replaceFirst("(?i)^by\\s+", "").strip();
    }
}
