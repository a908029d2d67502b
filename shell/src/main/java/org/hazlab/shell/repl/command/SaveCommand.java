package org.hazlab.shell.repl.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.io.AtomicFiles;
import org.hazlab.shell.repl.Language;
import org.hazlab.shell.repl.ReplCommand;
import org.hazlab.shell.repl.ReplContext;
import org.hazlab.shell.repl.notebook.NotebookCell;
import org.hazlab.shell.repl.notebook.NotebookFormat;

/**
 * {@code :save FILE}: the session's cells with what they showed, in the format the extension names:
 * {@code .groovy} (percent format, runs with {@code hazlab run}), {@code .ipynb}, {@code .md} or {@code .html}.
 * The first cell binds the shell's workspace ({@code useWorkspace 'folder'}) and cells that failed or were
 * interrupted are marked, so {@code hazlab run FILE} and {@code :open}/{@code :run} replay the session with the
 * same values and skip (and report) what did not complete.
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
        List<NotebookCell> cells = new ArrayList<>(context.cells());
        context.workspace().filter(ws -> cells.stream().noneMatch(SaveCommand::bindsWorkspace))
                .ifPresent(ws -> cells.add(0, NotebookCell.code(Language.GROOVY, workspaceCell(ws.root()))));
        AtomicFiles.writeString(file, format.write(cells, title));
        long failed = cells.stream().filter(c -> !c.markdown() && c.mark() != null).count();
        context.note("saved " + cells.size() + (cells.size() == 1 ? " cell" : " cells") + " to " + arguments
                + (failed == 0 ? "" : " (" + failed + " marked failed or interrupted: a replay skips "
                + (failed == 1 ? "it" : "them") + ")"));
    }

    /**
     * The first cell of a saved session: binds the shell's workspace under the shell's names, so a replay sees
     * {@code hazards}, {@code model}, ... as the session did. The folder is written relative to the current
     * folder when inside it (else to hazlab's home, else absolute), as paths typed in a cell are.
     */
    static String workspaceCell(Path root) {
        Path folder = root.toAbsolutePath().normalize();
        Path here = Path.of("").toAbsolutePath().normalize();
        String home = System.getProperty("hazlab.home");
        String shown;
        if (folder.startsWith(here)) {
            shown = here.relativize(folder).toString();
        } else if (home != null && folder.startsWith(Path.of(home).toAbsolutePath().normalize())) {
            shown = Path.of(home).toAbsolutePath().normalize().relativize(folder).toString();
        } else {
            shown = folder.toString();
        }
        shown = shown.isEmpty() ? "." : shown.replace('\\', '/');
        return "useWorkspace '" + shown.replace("'", "\\'") + "'   // the shell's workspace: ws, items, hazards, "
                + "controls, incidents, model, classes";
    }

    private static boolean bindsWorkspace(NotebookCell cell) {
        return !cell.markdown() && cell.source().strip().startsWith("useWorkspace");
    }
}
