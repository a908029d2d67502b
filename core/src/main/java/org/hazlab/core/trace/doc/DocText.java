package org.hazlab.core.trace.doc;

import java.util.List;

/**
 * Renders a {@link Doc} as plain text for a terminal: underlined headings, aligned columns, long cells cut with
 * an ellipsis so that a row stays on one line.
 */
public final class DocText {

    private static final int MAX_CELL = 60;

    private DocText() {
    }

    public static String render(Doc doc) {
        StringBuilder out = new StringBuilder();
        out.append(doc.title()).append('\n').append("=".repeat(doc.title().length())).append("\n");
        for (Doc.Block block : doc.blocks()) {
            out.append('\n');
            if (block instanceof Doc.Heading h) {
                out.append(h.text()).append('\n')
                            .append((h.level() <= 2 ? "-" : "~").repeat(h.text().length())).append('\n');
            } else if (block instanceof Doc.Paragraph p) {
                out.append(p.text()).append('\n');
            } else if (block instanceof Doc.Bullets b) {
                b.items().forEach(item -> out.append("- ").append(item).append('\n'));
            } else if (block instanceof Doc.Fields f) {
                f.pairs().forEach(pair -> out.append(pair.get(0)).append(": ")
                            .append(pair.get(1)).append('\n'));
            } else if (block instanceof Doc.Grid g) {
                grid(g, out);
            }
        }
        return out.toString();
    }

    private static void grid(Doc.Grid grid, StringBuilder out) {
        if (grid.rows().isEmpty()) {
            out.append(grid.empty()).append('\n');
            return;
        }
        int[] widths = new int[grid.headers().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = grid.headers().get(c).length();
            for (List<String> row : grid.rows()) {
                widths[c] = Math.max(widths[c], cut(row.get(c)).length());
            }
        }
        line(grid.headers(), widths, out);
        for (List<String> row : grid.rows()) {
            line(row, widths, out);
        }
    }

    private static void line(List<String> cells, int[] widths, StringBuilder out) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = cut(cells.get(c));
            line.append(cell);
            if (c < widths.length - 1) {
                line.append(" ".repeat(widths[c] - cell.length() + 2));
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    private static String cut(String text) {
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        return flat.length() <= MAX_CELL ? flat : flat.substring(0, MAX_CELL - 3) + "...";
    }
}
