package org.hazlab.shell.repl.command;

import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;
import org.hazlab.shell.repl.notebook.NotebookCell;

/** {@code :run [N|all]}: runs the next cell, the next N, or all cells opened with {@code :open}. */
public final class RunCellsCommand implements ReplCommand {

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String usage() {
        return ":run [N|all]";
    }

    @Override
    public String summary() {
        return "run the next opened cell (N cells, or all)";
    }

    @Override
    public Argument argument() {
        return Argument.TEXT;
    }

    @Override
    public void run(ReplContext context, String arguments) {
        if (context.pending().isEmpty()) {
            context.note("(no opened cells; :open a notebook first)");
            return;
        }
        int count = arguments.isBlank() ? 1
                : arguments.equals("all") ? Integer.MAX_VALUE : Integer.parseInt(arguments.strip());
        int ran = 0;
        while (ran < count && !context.pending().isEmpty()) {
            NotebookCell cell = context.pending().poll();
            if (!cell.markdown()) {
                ran++;
                context.out().println(context.palette().note("[" + (context.cellNumber() + 1) + "] "
                        + cell.source().strip()));
            }
            if (!context.run(cell)) {
                break;
            }
        }
        long left = context.pending().stream().filter(c -> !c.markdown()).count();
        if (left > 0) {
            context.note("(" + left + " cells left; :run for the next)");
        }
    }
}
