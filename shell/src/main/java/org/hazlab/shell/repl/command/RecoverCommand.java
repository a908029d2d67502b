package org.hazlab.shell.repl.command;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;
import org.hazlab.shell.repl.journal.Journal;
import org.hazlab.shell.repl.notebook.NotebookCell;

/**
 * {@code :recover}: reruns the cells of the previous session from its journal (written cell by cell, so even a
 * killed shell's work comes back). Cells that failed then are skipped.
 */
public final class RecoverCommand implements ReplCommand {

    @Override
    public String name() {
        return "recover";
    }

    @Override
    public String usage() {
        return ":recover";
    }

    @Override
    public String summary() {
        return "rerun the cells of the last session";
    }

    @Override
    public void run(ReplContext context, String arguments) throws Exception {
        Optional<Path> previous = context.journal().previous();
        if (previous.isEmpty()) {
            context.note("(no earlier session to recover)");
            return;
        }
        List<NotebookCell> cells = Journal.read(previous.get()).stream().filter(c -> !c.failed()).toList();
        context.note("recovering " + cells.size() + " cells from " + previous.get().getFileName());
        for (NotebookCell cell : cells) {
            context.out().println(context.palette().note("[" + (context.cellNumber() + 1) + "] "
                    + cell.source().strip()));
            context.run(cell);
        }
    }
}
