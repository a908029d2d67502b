package org.hazlab.core.trace.doc;

import java.util.List;

/** Renders a {@link Doc} as GitHub-flavoured Markdown; cells escape pipes and keep one line. */
public final class DocMarkdown {

    private DocMarkdown() {
    }

    public static String render(Doc doc) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(inline(doc.title())).append("\n");
        for (Doc.Block block : doc.blocks()) {
            out.append('\n');
            if (block instanceof Doc.Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(inline(h.text()))
                            .append('\n');
            } else if (block instanceof Doc.Paragraph p) {
                out.append(inline(p.text())).append('\n');
            } else if (block instanceof Doc.Bullets b) {
                b.items().forEach(item -> out.append("- ").append(inline(item)).append('\n'));
            } else if (block instanceof Doc.Fields f) {
                f.pairs().forEach(pair -> out.append("- **").append(inline(pair.get(0)))
                            .append("**: ").append(inline(pair.get(1))).append('\n'));
            } else if (block instanceof Doc.Grid g) {
                grid(g, out);
            }
        }
        return out.toString();
    }

    private static void grid(Doc.Grid grid, StringBuilder out) {
        if (grid.rows().isEmpty()) {
            out.append('*').append(inline(grid.empty())).append("*\n");
            return;
        }
        row(grid.headers(), out);
        out.append('|').append(" --- |".repeat(grid.headers().size())).append('\n');
        grid.rows().forEach(row -> row(row, out));
    }

    private static void row(List<String> cells, StringBuilder out) {
        out.append('|');
        cells.forEach(cell -> out.append(' ').append(cell(cell)).append(" |"));
        out.append('\n');
    }

    private static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    /**
     * Plain text made safe for Markdown: no line breaks, no raw HTML ({@code <} and {@code &} escaped), no
     * accidental emphasis, links or block quote.
     */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '&' -> out.append("&amp;");
                case '*', '_', '`', '[', ']', '\\' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        boolean block = out.length() > 0 && (out.charAt(0) == '>' || out.charAt(0) == '#');
        return block ? "\\" + out : out.toString();
    }
}
