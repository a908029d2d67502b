package org.hazlab.shell.repl.command;

import java.util.List;
import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;
import org.hazlab.shell.repl.notebook.NotebookCell;
import org.hazlab.shell.repl.notebook.NotebookFormat;

/**
 * {@code :step SCRIPT}: training mode. Markdown cells are shown as narrative, each code cell is shown and runs when
 * the trainer presses Enter ({@code s} skips it, {@code q} stops), so a class follows one step at a time.
 */
public final class StepCommand implements ReplCommand {

    @Override
    public String name() {
        return "step";
    }

    @Override
    public String usage() {
        return ":step SCRIPT";
    }

    @Override
    public String summary() {
        return "training: show each cell, run it on Enter";
    }

    @Override
    public Argument argument() {
        return Argument.FILE;
    }

    @Override
    public void run(ReplContext context, String arguments) throws Exception {
        List<NotebookCell> cells = NotebookFormat.read(context.requiredPath(arguments, "script", usage()));
        long code = cells.stream().filter(c -> !c.markdown()).count();
        int seen = 0;
        for (NotebookCell cell : cells) {
            if (cell.markdown()) {
                context.out().println();
                for (String line : cell.source().strip().split("\n")) {
                    context.out().println(line.startsWith("#") ? context.palette().bold(line) : line);
                }
                continue;
            }
            seen++;
            context.out().println(context.palette().note("--- step " + seen + " of " + code + " ---"));
            context.out().println(context.palette().accent(cell.source().strip()));
            String answer = context.console().readLine(context.palette().note("Enter runs it, s skips, q stops> "));
            if (answer == null || answer.strip().equals("q")) {
                context.note("(stopped)");
                return;
            }
            if (!answer.strip().equals("s")) {
                context.run(cell);
            }
        }
        context.note("(end of " + arguments + ")");
    }
}
