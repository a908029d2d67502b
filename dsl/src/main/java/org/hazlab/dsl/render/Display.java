package org.hazlab.dsl.render;

import static org.hazlab.core.text.HtmlText.escape;

import java.util.List;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.render.ResultTable;
import org.hazlab.core.whatif.TableView;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * How a cell's value is shown outside a terminal: as plain text (what a headless run prints and a notebook's
 * {@code text/plain}) and, for tables, as HTML (a notebook's {@code text/html}). Tables, results that render as
 * tables ({@link TableView}) and classification results are tables; everything else is its Groovy string.
 */
public final class Display {

    /** Tables longer than this show their first and last rows in text and their first rows in HTML. */
    public static final int MAX_ROWS = 60;

    private Display() {
    }

    /** The table behind a value, or null when it is not tabular. */
    public static Table tableOf(Object value) {
        if (value instanceof Table table) {
            return table;
        }
        if (value instanceof TableView view) {
            return view.table();
        }
        if (value instanceof ClassificationResult result) {
            return ResultTable.of(result);
        }
        return null;
    }

    /** Width of plain text where no terminal says otherwise (notebooks' text/plain, piped output). */
    public static final int DEFAULT_WIDTH = 120;

    /** Plain text of a value at the default width (never null; empty for null): notebooks' text/plain. */
    public static String text(Object value) {
        return text(value, DEFAULT_WIDTH);
    }

    /**
     * Plain text of a value fitted to a width (never null; empty for null), through the one renderer the shell
     * uses too ({@link ValueRenderer}): tables left-aligned, fitted, essential columns kept, dropped ones named.
     */
    public static String text(Object value, int width) {
        if (value == null) {
            return "";
        }
        return new ValueRenderer(width <= 0 ? DEFAULT_WIDTH : width, MAX_ROWS + 8).render(value);
    }

    /**
     * The whole value as text for a file ({@code save value, 'x.txt'}): every row and column, nothing cut or
     * fitted, without a final newline. Screens use {@link #text(Object, int)}.
     */
    public static String fileText(Object value) {
        if (value == null) {
            return "";
        }
        Table table = tableOf(value);
        if (table != null) {
            return table.printAll();
        }
        return org.codehaus.groovy.runtime.FormatHelper.toString(value);
    }

    /** HTML of a tabular value, or null for other values. */
    public static String html(Object value) {
        // a large view (a workspace's million incidents) builds only the rows shown
        Table table = value instanceof TableView view && view.rowCount() > MAX_ROWS
                ? view.tableOfRows(row -> row < MAX_ROWS) : tableOf(value);
        if (table == null) {
            return null;
        }
        int total = value instanceof TableView view ? view.rowCount() : table.rowCount();
        StringBuilder html = new StringBuilder("<table>\n");
        if (table.name() != null && !table.name().isBlank()) {
            html.append("<caption>").append(escape(table.name())).append("</caption>\n");
        }
        html.append("<thead><tr>");
        List<Column<?>> columns = table.columns();
        for (Column<?> column : columns) {
            html.append("<th>").append(escape(column.name())).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        int rows = Math.min(table.rowCount(), MAX_ROWS);
        for (int row = 0; row < rows; row++) {
            html.append("<tr>");
            for (Column<?> column : columns) {
                html.append("<td>").append(escape(column.getString(row))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        if (total > rows) {
            html.append("<p>").append(NumberText.format(rows)).append(" of ").append(NumberText.format(total))
                    .append(" rows</p>\n");
        }
        return html.toString();
    }

}
