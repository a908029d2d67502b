package org.hazlab.core.text;

/**
 * The one HTML escaping of hazlab: review reports, the classification record, gaps and impact pages and the
 * notebook's HTML all show strings taken from a user's datasets, and each of them must be safe in element content
 * and in quoted attribute values alike. Keeping a single escaper means a fix here reaches every page.
 */
public final class HtmlText {

    private HtmlText() {
    }

    /** The text with {@code & < > " '} replaced by their entities. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
