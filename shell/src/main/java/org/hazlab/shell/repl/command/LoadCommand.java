package org.hazlab.shell.repl.command;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;
import org.hazlab.shell.repl.notebook.NotebookCell;
import org.hazlab.shell.repl.notebook.NotebookFormat;

/** {@code :load FILE}: runs a script or notebook into the session, cell by cell, stopping at the first failure. */
public final class LoadCommand implements ReplCommand {

    @Override
    public String name() {
        return "load";
    }

    @Override
    public String usage() {
        return ":load FILE";
    }

    @Override
    public String summary() {
        return "run a script (.groovy, .ipynb) into the session";
    }

    @Override
    public Argument argument() {
        return Argument.FILE;
    }

    @Override
    public void run(ReplContext context, String arguments) throws Exception {
        Path file = context.requiredPath(arguments, "file", usage());
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + arguments);
        }
        for (NotebookCell cell : NotebookFormat.read(file)) {
            if (!cell.markdown() && !context.run(cell)) {
                context.note("(stopped at the failing cell; the cells before it ran)");
                return;
            }
        }
    }
}
