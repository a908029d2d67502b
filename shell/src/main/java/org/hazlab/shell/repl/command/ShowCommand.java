package org.hazlab.shell.repl.command;

import java.util.List;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.render.ResultTable;
import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;
import org.hazlab.dsl.render.TableFitter;
import org.hazlab.core.whatif.TableView;
import tech.tablesaw.api.Table;

/**
 * {@code :show NAME}: every row of a table (or a classification), a screenful at a time: Enter for the next
 * page, q to stop. Anything else typed at the pager's prompt is a cell the user meant for the shell: the pager
 * stops and that cell runs next, so nothing typed is lost. Piped output gets all rows at once. Columns are still
 * fitted to the width.
 */
public final class ShowCommand implements ReplCommand {

    /** Views of more rows than this are paged as they are shown, on a terminal. */
    static final int LAZY_FROM_ROWS = 10_000;

    @Override
    public String name() {
        return "show";
    }

    @Override
    public String usage() {
        return ":show NAME";
    }

    @Override
    public String summary() {
        return "page through all rows of a table";
    }

    @Override
    public Argument argument() {
        return Argument.VARIABLE;
    }

    @Override
    public void run(ReplContext context, String arguments) {
        String name = arguments.strip();
        Object value = context.kernel().session().get(name);
        if (value == null) {
            throw new IllegalArgumentException("no variable " + (name.isEmpty() ? "given" : name));
        }
        if (value instanceof TableView view && context.console().interactive()
                && view.rowCount() > LAZY_FROM_ROWS) {
            pageLazily(context, view);
            return;
        }
        Table table = value instanceof Table t ? t
                : value instanceof TableView view ? view.table()
                : value instanceof ClassificationResult result ? ResultTable.of(result) : null;
        if (table == null) {
            context.out().print(context.renderer().render(value));
            return;
        }
        String text = new TableFitter(context.console().width(), Math.max(table.rowCount(), 4)).fit(table);
        page(context, List.of(text.split("\n")));
    }

    /**
     * A view of many rows (a workspace's million incidents) on a terminal: each page's rows are built when it is
     * shown, not the whole table first.
     */
    private static void pageLazily(ReplContext context, TableView view) {
        int total = view.rowCount();
        int rowsPerPage = Math.max(3, context.console().height() - 4);
        TableFitter fitter = new TableFitter(context.console().width(), rowsPerPage);
        for (int from = 0; from < total; from += rowsPerPage) {
            int to = Math.min(total, from + rowsPerPage);
            context.out().print(fitter.page(view, from, to, from == 0));
            context.out().flush();
            if (to < total && !more(context, String.format(java.util.Locale.ROOT, "rows %,d-%,d of %,d", from + 1,
                    to, total))) {
                return;
            }
        }
    }

    private static void page(ReplContext context, List<String> lines) {
        int pageSize = context.console().interactive() ? Math.max(5, context.console().height() - 2) : lines.size();
        for (int start = 0; start < lines.size(); start += pageSize) {
            for (String line : lines.subList(start, Math.min(lines.size(), start + pageSize))) {
                context.out().println(line);
            }
            context.out().flush();
            if (start + pageSize < lines.size()
                    && !more(context, (start + pageSize) + " of " + lines.size() + " lines")) {
                return;
            }
        }
    }

    /**
     * The pager's prompt after {@code where}: true for Enter (the next page); false for q or the end of input,
     * and for anything else typed, which is handed to the shell as the next cell.
     */
    private static boolean more(ReplContext context, String where) {
        String answer = context.console().readLine(context.palette().note(
                "-- " + where + "; Enter for more, q to stop --"));
        if (answer == null || answer.strip().equalsIgnoreCase("q")) {
            return false;
        }
        if (!answer.isBlank()) {
            context.typeAhead(answer);
            return false;
        }
        return true;
    }
}
