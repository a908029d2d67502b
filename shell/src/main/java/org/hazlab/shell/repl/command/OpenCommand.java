package org.hazlab.shell.repl.command;

import java.util.List;
import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;
import org.hazlab.shell.repl.notebook.NotebookCell;
import org.hazlab.shell.repl.notebook.NotebookFormat;

/**
 * {@code :open NOTEBOOK}: loads the cells of a notebook or script without running them and lists them; {@code :run}
 * then runs the next one, a number of them, or all.
 */
public final class OpenCommand implements ReplCommand {

    @Override
    public String name() {
        return "open";
    }

    @Override
    public String usage() {
        return ":open NOTEBOOK";
    }

    @Override
    public String summary() {
        return "load a notebook's cells; run them with :run";
    }

    @Override
    public Argument argument() {
        return Argument.FILE;
    }

    @Override
    public void run(ReplContext context, String arguments) throws Exception {
        List<NotebookCell> cells = NotebookFormat.read(context.requiredPath(arguments, "notebook", usage()));
        context.pending().clear();
        context.pending().addAll(cells);
        int code = 0;
        for (NotebookCell cell : cells) {
            if (cell.markdown()) {
                continue;
            }
            code++;
            String first = cell.source().strip().lines().findFirst().orElse("");
            context.out().printf("  %2d %-6s %s%n", code, cell.language().key(), first);
        }
        context.note("opened " + code + " code cells from " + arguments + "; :run runs the next, :run all the rest");
    }
}
