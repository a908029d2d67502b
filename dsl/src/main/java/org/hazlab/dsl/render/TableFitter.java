package org.hazlab.dsl.render;

import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.whatif.TableView;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Fits a Tablesaw table into a terminal of a given size instead of letting it wrap into noise: a table whose name
 * is a phrase ("evidence missing after ...") is headed by it on its own line, left-aligned and never padded (a
 * bare name such as {@code hazards} or a file name tells nothing the user did not type, and costs a line of
 * the screen); cells are cut to
 * a maximum width, columns that do not fit are left out with an "N more columns" note, and a long table shows its
 * head and tail with the number of rows left out. Numbers are right-aligned and formatted.
 */
public final class TableFitter {

    private static final int MAX_CELL = 32;
    private static final String GAP = "  ";

    private final int width;
    private final int maxRows;

    /**
     * @param width   columns available
     * @param maxRows rows of data to show at most (head and tail share them when the table is longer)
     */
    public TableFitter(int width, int maxRows) {
        this.width = Math.max(20, width);
        this.maxRows = Math.max(4, maxRows);
    }

    /** The rows to show: all, or head and tail with -1 where rows are left out. */
    private List<Integer> shownRows(int count) {
        List<Integer> rows = new ArrayList<>();
        if (count <= maxRows) {
            for (int i = 0; i < count; i++) {
                rows.add(i);
            }
            return rows;
        }
        int head = (maxRows + 1) / 2;
        int tail = maxRows - head;
        for (int i = 0; i < head; i++) {
            rows.add(i);
        }
        rows.add(-1);
        for (int i = count - tail; i < count; i++) {
            rows.add(i);
        }
        return rows;
    }

    /** The table as text lines ending with a newline, including the notes on what was left out. */
    public String fit(Table table) {
        return fit(table, shownRows(table.rowCount()), table.rowCount(), true);
    }

    /**
     * Rows {@code from} (inclusive) to {@code to} (exclusive) of a view, headed by the column names, without the
     * closing note (but naming the columns left out when {@code nameDropped}): one page of a pager, built
     * without the other rows (a page of a million incidents).
     */
    public String page(TableView view, int from, int to, boolean nameDropped) {
        Table rows = view.tableOfRows(row -> row >= from && row < to);
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < rows.rowCount(); i++) {
            all.add(i);
        }
        return fit(rows, all, rows.rowCount(), false, nameDropped);
    }

    /**
     * A view of many rows the same way, building only the rows shown (the head and tail of a million incidents,
     * not the million).
     */
    public String fit(TableView view) {
        String caption = view.caption() == null || view.caption().isBlank() ? ""
                : String.join("\n", WordWrap.lines(view.caption().strip(), width, "  ")) + "\n";
        return caption + fitRows(view);
    }

    private String fitRows(TableView view) {
        int total = view.rowCount();
        if (total <= maxRows) {
            return fit(view.table());
        }
        List<Integer> wanted = shownRows(total);
        java.util.Set<Integer> rowSet = new java.util.HashSet<>(wanted);
        Table sample = view.tableOfRows(rowSet::contains);
        List<Integer> positions = new ArrayList<>();
        int next = 0;
        for (int row : wanted) {
            positions.add(row < 0 ? -1 : next++);
        }
        return fit(sample, positions, total, true);
    }

    /** {@code rows} index {@code table} (-1 marks the rows left out); {@code total} counts all the rows. */
    private String fit(Table table, List<Integer> rows, int total, boolean withNote) {
        return fit(table, rows, total, withNote, false);
    }

    private String fit(Table table, List<Integer> rows, int total, boolean withNote, boolean namePageDrops) {
        List<Column<?>> shown = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        int columnCount = table.columnCount();
        java.util.Set<Integer> kept = new java.util.TreeSet<>();
        int used = 0;
        // essential columns first (ids, class, severity, probability, from/to, the ones the caller names), then
        // the others from the left while they fit; shown in the table's own order
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < columnCount; c++) {
            if (essential(table.column(c).name())) {
                order.add(c);
            }
        }
        for (int c = 0; c < columnCount; c++) {
            if (!order.contains(c)) {
                order.add(c);
            }
        }
        for (int c : order) {
            int w = columnWidth(table.column(c), rows);
            int needed = (kept.isEmpty() ? 0 : GAP.length()) + w;
            if (!kept.isEmpty() && used + needed > width) {
                if (essential(table.column(c).name()) && used + GAP.length() + 6 <= width) {
                    kept.add(c);
                    used += GAP.length() + 6;
                }
                continue;
            }
            kept.add(c);
            used += needed;
        }
        used = 0;
        for (int c : kept) {
            Column<?> column = table.column(c);
            int w = Math.min(columnWidth(column, rows), Math.max(1, width - used - (shown.isEmpty() ? 0 : GAP.length())));
            shown.add(column);
            widths.add(w);
            used += (shown.size() == 1 ? 0 : GAP.length()) + w;
        }
        if (!shown.isEmpty()) {
            int last = shown.size() - 1;
            int natural = Math.max(shown.get(last).name().length(), naturalWidth(shown.get(last), rows));
            widths.set(last, Math.max(widths.get(last), Math.min(natural, widths.get(last) + width - used)));
        }
        StringBuilder out = new StringBuilder();
        String title = table.name() == null ? "" : table.name().strip();
        if (title.indexOf(' ') > 0) {
            out.append(cut(title, width)).append('\n');
        }
        List<String> header = new ArrayList<>();
        List<String> rule = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            header.add(pad(cut(shown.get(i).name(), widths.get(i)), widths.get(i), numeric(shown.get(i))));
            rule.add("-".repeat(widths.get(i)));
        }
        line(out, header);
        line(out, rule);
        for (int row : rows) {
            if (row < 0) {
                int more = total - (rows.size() - 1);
                out.append("… ").append(NumberText.format(more)).append(more == 1 ? " more row …\n" : " more rows …\n");
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                Column<?> column = shown.get(i);
                cells.add(pad(cut(text(column, row), widths.get(i)), widths.get(i), numeric(column)));
            }
            line(out, cells);
        }
        StringBuilder note = new StringBuilder();
        if (withNote) {
            note.append(NumberText.format(total)).append(total == 1 ? " row × " : " rows × ")
                    .append(columnCount).append(columnCount == 1 ? " column" : " columns");
        }
        if (shown.size() < columnCount && (withNote || namePageDrops)) {
            List<String> dropped = new ArrayList<>();
            for (int c = 0; c < columnCount; c++) {
                if (!kept.contains(c)) {
                    dropped.add(table.column(c).name());
                }
            }
            note.append(withNote ? "; " : "").append("not shown (too wide): ").append(String.join(", ", dropped));
        }
        if (note.length() > 0) {
            WordWrap.lines("(" + note + ")", width, "  ").forEach(l -> out.append(l).append('\n'));
        }
        return out.toString();
    }

    /**
     * Columns a reader needs to make sense of a row, kept when others must go: ids, the class, severity and
     * probability, from/to of a comparison, and what a word's documentation points to (activities dropped).
     */
    static boolean essential(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).strip();
        return n.equals("id") || n.endsWith(" id") || n.endsWith("_id") || n.equals("item") || n.equals("hazard")
                || n.equals("control") || n.equals("class") || n.endsWith(" class") || n.contains("severity")
                || n.contains("probability") || n.equals("from") || n.equals("to") || n.startsWith("from ")
                || n.startsWith("to ") || n.contains("dropped") || n.contains("added") || n.equals("rule")
                || n.equals("scheme");
    }

    private static void line(StringBuilder out, List<String> cells) {
        out.append(String.join(GAP, cells).stripTrailing()).append('\n');
    }

    private int columnWidth(Column<?> column, List<Integer> rows) {
        int w = column.name().length();
        for (int row : rows) {
            if (row >= 0) {
                w = Math.max(w, text(column, row).length());
            }
        }
        return Math.min(w, MAX_CELL);
    }

    private static int naturalWidth(Column<?> column, List<Integer> rows) {
        int w = 0;
        for (int row : rows) {
            if (row >= 0) {
                w = Math.max(w, text(column, row).length());
            }
        }
        return w;
    }

    private static boolean numeric(Column<?> column) {
        return column instanceof NumericColumn<?>;
    }

    static String text(Column<?> column, int row) {
        if (column.isMissing(row)) {
            return "";
        }
        Object value = column.get(row);
        if (value instanceof Number number) {
            return NumberText.format(number);
        }
        return String.valueOf(value).replace('\n', ' ').replace('\t', ' ');
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return max <= 1 ? text.substring(0, Math.max(0, max)) : text.substring(0, max - 1) + "…";
    }

    private static String pad(String text, int w, boolean right) {
        String spaces = " ".repeat(Math.max(0, w - text.length()));
        return right ? spaces + text : text + spaces;
    }
}
