package org.hazlab.shell.repl;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.dsl.session.Session;
import org.hazlab.dsl.session.SessionOptions;
import org.hazlab.shell.repl.complete.ReplCompleter;
import org.hazlab.shell.repl.highlight.GroovyHighlighter;
import org.hazlab.shell.repl.journal.Journal;
import org.jline.terminal.Terminal;

/**
 * Puts a REPL together: a session with the workspace bound, the commands, the journal and history in the state
 * folder, and a console (a JLine terminal or plain streams). The CLI and the tests build REPLs the same way.
 */
public final class ReplBuilder {

    private final Path stateDir;
    private Workspace workspace;
    private CommandRegistry commands = ReplCommands.standard();

    /** @param stateDir folder for history and journals (normally {@code ~/.hazlab}) */
    public ReplBuilder(Path stateDir) {
        this.stateDir = stateDir;
    }

    /** The workspace to bind before the first prompt (optional). */
    public ReplBuilder workspace(Workspace loaded) {
        this.workspace = loaded;
        return this;
    }

    public ReplBuilder commands(CommandRegistry registry) {
        this.commands = registry;
        return this;
    }

    /** A REPL on a JLine terminal. */
    public Repl terminal(Terminal terminal, boolean color) {
        Kernel kernel = newKernel();
        AtomicReference<ReplContext> holder = new AtomicReference<>();
        ReplCompleter completer = new ReplCompleter(commands, kernel, () -> model(holder));
        Console console = new JLineConsole(terminal, completer, new GroovyHighlighter(),
                stateDir.resolve("history"), color, completer);
        return finish(console, kernel, holder);
    }

    /** A REPL reading piped input, writing no escape codes. */
    public Repl plain(BufferedReader in, PrintWriter out, int width) {
        Kernel kernel = newKernel();
        return finish(new PlainConsole(in, out, width), kernel, new AtomicReference<>());
    }

    private Kernel newKernel() {
        return new Kernel(new Session(SessionOptions.interactive()));
    }

    private Repl finish(Console console, Kernel kernel, AtomicReference<ReplContext> holder) {
        ReplContext context = new ReplContext(console, kernel, Journal.open(stateDir), commands);
        holder.set(context);
        if (workspace != null) {
            context.workspace(workspace);
        }
        return new Repl(context);
    }

    private static Optional<SafetyModel> model(AtomicReference<ReplContext> holder) {
        ReplContext context = holder.get();
        return context == null ? Optional.empty() : context.model();
    }

    /** Binds the workspace and prints the banner: what was loaded, the variables, how to get help. */
    public static void banner(ReplContext context, String version, String where) {
        Palette palette = context.palette();
        PrintWriter out = context.out();
        out.println(palette.bold("hazlab " + version) + " shell");
        context.workspace().ifPresent(ws -> {
            List<String> names = WorkspaceBinding.bind(context.kernel().session(), ws);
            out.printf("Workspace %s (%s): %d items, %d hazards, %d controls%s%n", ws.name(), where,
                    ws.items().table().rowCount(), ws.hazards().table().rowCount(),
                    ws.controls().table().rowCount(), ws.isValid() ? "" : ", NOT valid (see hazlab check)");
            out.println("Variables: " + String.join(", ", names));
        });
        out.println(palette.note("Try: classes   :explain ITEM   items   :help   (Tab completes; Ctrl-D quits)"));
        out.flush();
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
