package org.hazlab.shell.repl;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.shell.progress.ProgressLine;
import org.hazlab.shell.repl.journal.Journal;
import org.hazlab.shell.repl.notebook.NotebookCell;
import org.hazlab.dsl.render.ValueRenderer;

/**
 * What commands and the loop share: the console, the kernel, the journal, the cells run so far (what
 * {@code :save} writes), cells opened but not yet run, and the few settings ({@code :time}, Java mode). One per
 * REPL; used from the REPL's thread only.
 */
public final class ReplContext {

    private final Console console;
    private final Kernel kernel;
    private final Journal journal;
    private final CommandRegistry commands;
    private final Palette palette;
    private final List<NotebookCell> cells = new ArrayList<>();
    private final Deque<NotebookCell> pending = new ArrayDeque<>();
    private final Deque<String> typedAhead = new ArrayDeque<>();
    private final CellRunner runner = new CellRunner(this);
    private volatile java.util.concurrent.CompletableFuture<Workspace> workspace =
            java.util.concurrent.CompletableFuture.completedFuture(null);
    private Language mode = Language.GROOVY;
    private boolean timing;
    private volatile java.time.Duration progressDelay = ProgressLine.DELAY;
    private boolean quit;
    private int cellNumber;
    private int failures;

    public ReplContext(Console console, Kernel kernel, Journal journal, CommandRegistry commands) {
        this.console = console;
        this.kernel = kernel;
        this.journal = journal;
        this.commands = commands;
        this.palette = new Palette(console.color());
    }

    public Console console() {
        return console;
    }

    public PrintWriter out() {
        return console.out();
    }

    public Kernel kernel() {
        return kernel;
    }

    public Journal journal() {
        return journal;
    }

    public CommandRegistry commands() {
        return commands;
    }

    public Palette palette() {
        return palette;
    }

    /** A renderer for the terminal's current size. */
    public ValueRenderer renderer() {
        return new ValueRenderer(console.width(), console.height());
    }

    /** Runs a typed cell (a {@code %java} first line makes it Java; {@code // %%} markers split it). */
    public boolean run(String source) {
        return runner.runTyped(source, mode);
    }

    /** Runs a cell from a file, notebook or journal; Markdown cells are printed as narrative. */
    public boolean run(NotebookCell cell) {
        return runner.run(cell);
    }

    /** The cells run so far (and Markdown cells met), in order: what {@code :save} writes. */
    public List<NotebookCell> cells() {
        return cells;
    }

    void record(NotebookCell cell) {
        cells.add(cell);
        if (!cell.markdown()) {
            journal.append(cellNumber, cell);
        }
    }

    /** Cells opened with {@code :open}, waiting for {@code :run}. */
    public Deque<NotebookCell> pending() {
        return pending;
    }

    /**
     * Input a command read but that is not for it (a cell typed at the pager's prompt): it becomes the next input
     * of the loop, as if typed at the cell prompt, so it is never lost.
     */
    public void typeAhead(String input) {
        typedAhead.addLast(input);
    }

    /** The next input typed ahead, if any. */
    public java.util.Optional<String> nextTypedAhead() {
        return java.util.Optional.ofNullable(typedAhead.pollFirst());
    }

    public int nextCellNumber() {
        return ++cellNumber;
    }

    public int cellNumber() {
        return cellNumber;
    }

    void failed() {
        failures++;
    }

    public int failures() {
        return failures;
    }

    public Language mode() {
        return mode;
    }

    public void mode(Language newMode) {
        mode = newMode;
        console.javaMode(newMode == Language.JAVA);
    }

    public boolean timing() {
        return timing;
    }

    public void timing(boolean on) {
        timing = on;
    }

    /** How long a load in a cell runs before its progress shows on the terminal. */
    java.time.Duration progressDelay() {
        return progressDelay;
    }

    /** Shows progress sooner (zero: at once), for tests that cannot wait a second. */
    void progressDelay(java.time.Duration delay) {
        progressDelay = delay;
    }

    public void quit() {
        quit = true;
    }

    public boolean quitting() {
        return quit;
    }

    /** The workspace, once loaded (empty while it loads, or when there is none). */
    public Optional<Workspace> workspace() {
        return Optional.ofNullable(workspace.exceptionally(failure -> null).getNow(null));
    }

    /** The workspace being loaded (completes with null when there is none). */
    public java.util.concurrent.CompletableFuture<Workspace> loading() {
        return workspace;
    }

    /** The workspace of this session, possibly still loading. */
    public void workspace(java.util.concurrent.CompletableFuture<Workspace> loading) {
        workspace = loading;
    }

    /** The model in the binding ({@code model}), else the workspace's. */
    public Optional<SafetyModel> model() {
        if (kernel.session().get("model") instanceof SafetyModel model) {
            return Optional.of(model);
        }
        return workspace().flatMap(Workspace::safetyModel);
    }

    /** A path typed by the user, relative to the current folder. */
    public Path path(String typed) {
        return Path.of(typed.strip()).toAbsolutePath().normalize();
    }

    /** The file a command was given, or an error asking for it ("which notebook? :open FILE"). */
    public Path requiredPath(String typed, String what, String usage) {
        if (typed.isBlank()) {
            throw new IllegalArgumentException("which " + what + "? " + usage);
        }
        return path(typed);
    }

    public void note(String text) {
        out().println(palette.note(text));
        out().flush();
    }

    public void error(String text) {
        out().println(palette.error(text));
        out().flush();
    }
}
