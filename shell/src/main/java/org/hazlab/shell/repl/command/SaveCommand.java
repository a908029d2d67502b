package org.hazlab.shell.repl.command;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hazlab.core.io.AtomicFiles;
import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;
import org.hazlab.shell.repl.notebook.NotebookFormat;

/**
 * {@code :save FILE}: the session's cells with what they showed, in the format the extension names:
 * {@code .groovy} (percent format, runs with {@code hazlab run}), {@code .ipynb}, {@code .md} or {@code .html}.
 */
public final class SaveCommand implements ReplCommand {

    @Override
    public String name() {
        return "save";
    }

    @Override
    public String usage() {
        return ":save FILE";
    }

    @Override
    public String summary() {
        return "save the session as .groovy, .ipynb, .md or .html";
    }

    @Override
    public Argument argument() {
        return Argument.FILE;
    }

    @Override
    public void run(ReplContext context, String arguments) throws Exception {
        Path file = context.requiredPath(arguments, "file", usage());
        NotebookFormat format = NotebookFormat.of(file).orElseThrow(() -> new IllegalArgumentException(
                "unknown extension; use .groovy, .ipynb, .md or .html"));
        String title = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        AtomicFiles.writeString(file, format.write(context.cells(), title));
        context.note("saved " + context.cells().size() + " cells to " + arguments);
    }
}
