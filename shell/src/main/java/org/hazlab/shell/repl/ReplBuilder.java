package org.hazlab.shell.repl;

import groovy.lang.GroovyShell;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.dsl.session.Session;
import org.hazlab.dsl.WorkspaceBinding;
import org.hazlab.dsl.session.SessionOptions;
import org.hazlab.shell.repl.complete.ReplCompleter;
import org.hazlab.shell.repl.highlight.GroovyHighlighter;
import org.hazlab.shell.repl.journal.Journal;
import org.jline.terminal.Terminal;

/**
 * Puts a REPL together: a session with the workspace bound, the commands, the journal and history in the state
 * folder, and a console (a JLine terminal or plain streams). The CLI and the tests build REPLs the same way.
 *
 * <p>For a fast prompt the workspace can be given as a future: the session is then created and the workspace
 * bound in the background while the terminal opens, and the first cell waits for them.
 */
public final class ReplBuilder {

    private final Path stateDir;
    private CompletableFuture<Workspace> workspace = CompletableFuture.completedFuture(null);
    private CommandRegistry commands = ReplCommands.standard();
    private final CompletableFuture<Void> started = new CompletableFuture<>();

    /**
     * Threads for the start-up work (workspace, Groovy session, compiler warm-up), so the three run side by side;
     * the common pool has a single thread on a two-core machine.
     */
    private static final java.util.concurrent.Executor BACKGROUND = java.util.concurrent.Executors.newCachedThreadPool(
            task -> {
                Thread thread = new Thread(task, "hazlab-start");
                thread.setDaemon(true);
                return thread;
            });

    /** @param stateDir folder for history and journals (normally {@code ~/.hazlab}) */
    public ReplBuilder(Path stateDir) {
        this.stateDir = stateDir;
    }

    /** The workspace to bind before the first cell (optional). */
    public ReplBuilder workspace(Workspace loaded) {
        this.workspace = CompletableFuture.completedFuture(loaded);
        return this;
    }

    /**
     * A workspace loaded in the background once the prompt shows (on a loaded two-core machine, loading while
     * the terminal opens only slows the prompt down); the banner's summary appears when it is ready.
     */
    public ReplBuilder workspace(java.util.function.Supplier<Workspace> loader) {
        this.workspace = started.thenApplyAsync(ready -> loader.get(), BACKGROUND);
        return this;
    }

    public ReplBuilder commands(CommandRegistry registry) {
        this.commands = registry;
        return this;
    }

    /** A REPL on a JLine terminal. */
    public Repl terminal(Terminal terminal, boolean color) {
        AtomicReference<ReplContext> holder = new AtomicReference<>();
        Kernel kernel = newKernel(holder);
        ReplCompleter completer = new ReplCompleter(commands, kernel, () -> model(holder));
        Console console = new JLineConsole(terminal, completer, new GroovyHighlighter(),
                stateDir.resolve("history"), color, completer);
        Repl repl = finish(console, kernel, holder);
        repl.onStart(() -> started.complete(null));
        return repl;
    }

    /** A REPL reading piped input, writing no escape codes. */
    public Repl plain(BufferedReader in, PrintWriter out, int width) {
        AtomicReference<ReplContext> holder = new AtomicReference<>();
        started.complete(null);
        return finish(new PlainConsole(in, out, width), newKernel(holder), holder);
    }

    private Kernel newKernel(AtomicReference<ReplContext> holder) {
        started.thenRunAsync(ReplBuilder::warmUpCompiler, BACKGROUND);
        CompletableFuture<Session> session = started
                .thenApplyAsync(ready -> new Session(SessionOptions.interactive()), BACKGROUND)
                .thenCombine(workspace.exceptionally(failure -> null), (created, loaded) -> {
                    if (loaded != null) {
                        WorkspaceBinding.bind(created, loaded);
                    }
                    return created;
                });
        return new Kernel(session);
    }

    /** Compiles a throw-away script so the first real cell does not pay for loading the Groovy compiler. */
    private static void warmUpCompiler() {
        try {
            new GroovyShell().parse("def warm = [1, 2].collect { it * 2 }; warm.sum()");
        } catch (RuntimeException ignored) {
            // only a warm-up
        }
    }

    private Repl finish(Console console, Kernel kernel, AtomicReference<ReplContext> holder) {
        ReplContext context = new ReplContext(console, kernel, Journal.open(stateDir), commands);
        holder.set(context);
        context.workspace(workspace);
        return new Repl(context);
    }

    private static Optional<SafetyModel> model(AtomicReference<ReplContext> holder) {
        ReplContext context = holder.get();
        return context == null ? Optional.empty() : context.model();
    }

    /**
     * Prints the banner: the version now, and what was loaded, the variables and how to get help as soon as the
     * workspace is bound (above the prompt if the prompt is already showing).
     */
    public static void banner(ReplContext context, String version, String where) {
        Palette palette = context.palette();
        context.out().println(palette.bold("hazlab " + version) + " shell");
        context.out().flush();
        int width = context.console().width();
        Runnable summary = () -> {
            Optional<Workspace> loaded = context.workspace();
            StringBuilder text = new StringBuilder();
            loaded.ifPresent(ws -> {
                List<String> names = WorkspaceBinding.names(ws);
                fitted(text, String.format("Workspace %s (%s): %d items, %d hazards, %d controls%s", ws.name(),
                        where, ws.items().table().rowCount(), ws.hazards().table().rowCount(),
                        ws.controls().table().rowCount(), ws.isValid() ? "" : ", NOT valid (see hazlab check)"),
                        width, s -> s);
                fitted(text, "Variables: " + String.join(", ", names), width, s -> s);
            });
            fitted(text, "Try: classes  :explain ITEM  items  :help WORD  (Tab completes; Ctrl-D quits)", width,
                    palette::note);
            context.console().printAbove(text.toString().stripTrailing());
        };
        if (context.kernel().ready() || !context.console().interactive()) {
            context.kernel().session();
            summary.run();
        } else {
            CompletableFuture.runAsync(() -> {
                context.kernel().session();
                summary.run();
            });
        }
    }

    /** Appends a banner line broken at spaces to fit the terminal (80 columns included), each part styled. */
    private static void fitted(StringBuilder text, String line, int width,
                               java.util.function.UnaryOperator<String> style) {
        for (String part : org.hazlab.dsl.render.WordWrap.lines(line, width, "  ")) {
            text.append(style.apply(part)).append('\n');
        }
    }

    /** The state folder: {@code -Dhazlab.state}, {@code HAZLAB_STATE}, else {@code ~/.hazlab}. */
    public static Path defaultStateDir() {
        String property = System.getProperty("hazlab.state");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv("HAZLAB_STATE");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".hazlab");
    }
}
