package org.factdesk.report;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The HTML report's and the PDF's markup, from the templates in {@code templates/report/}: every value goes in
 * through {@code th:text} or an attribute, escaped by Thymeleaf; the few pieces of markup made elsewhere are
 * inserted with {@code th:utext}, each commented in its template. The templates are XHTML, which the HTML mode
 * leaves as written, so the output is XHTML too: the PDF renderer parses it as XML.
 * <p>
 * A standalone engine rather than Spring's Thymeleaf starter: no view resolver that could answer web requests
 * next to Vaadin. It is thread-safe and keeps the parsed templates, so one serves every export.
 */
final class ReportTemplates {

    private static final TemplateEngine ENGINE = engine();

    private ReportTemplates() {
    }

    private static TemplateEngine engine() {
        var resolver = new ClassLoaderTemplateResolver(ReportTemplates.class.getClassLoader());
        resolver.setPrefix("templates/report/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** The template {@code name} with these variables, written to {@code out} as it is made. */
    static void render(String name, Map<String, Object> variables, Writer out) {
        ENGINE.process(name, new Context(Locale.ENGLISH, variables), new XmlCharacters(out));
    }

    static String render(String name, Map<String, Object> variables) {
        var out = new StringWriter();
        render(name, variables, out);
        return out.toString();
    }

    /**
     * Leaves out the characters XML does not allow (control characters, U+FFFE, U+FFFF), as
     * {@link org.factdesk.base.XmlText#escape} does for the markup made in code: Thymeleaf's escaping keeps them,
     * and one in a title or comment would stop the PDF renderer's XML parser. They are never part of markup,
     * so leaving them out of the whole output only touches the texts that carried them.
     */
    private static final class XmlCharacters extends FilterWriter {

        XmlCharacters(Writer out) {
            super(out);
        }

        @Override
        public void write(int ch) throws IOException {
            if (allowed((char) ch)) {
                out.write(ch);
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            int from = offset;
            int end = offset + length;
            for (int i = offset; i < end; i++) {
                if (!allowed(chars[i])) {
                    out.write(chars, from, i - from);
                    from = i + 1;
                }
            }
            out.write(chars, from, end - from);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            var chars = new char[length];
            text.getChars(offset, offset + length, chars, 0);
            write(chars, 0, length);
        }

        private static boolean allowed(char ch) {
            return (ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r') && ch != 0xFFFE && ch != 0xFFFF;
        }
    }
}
