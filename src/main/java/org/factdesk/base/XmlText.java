package org.factdesk.base;

/** Text inside HTML, XHTML or SVG markup: escaped for elements and attributes alike. */
public final class XmlText {

    private XmlText() {
    }

    /** Escapes markup characters and drops the characters XML does not allow, so that any parser takes it. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        var b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if ((ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r') && ch != 0xFFFE && ch != 0xFFFF) {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
