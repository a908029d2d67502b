package org.hazlab.shell.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.core.workspace.WorkspaceLoader;
import org.hazlab.shell.repl.Palette;
import org.hazlab.shell.repl.Repl;
import org.hazlab.shell.repl.ReplBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code hazlab shell [WORKSPACE]}: the interactive shell on a workspace. On a terminal it is the JLine REPL; with
 * piped input (CI, {@code hazlab shell < cells.groovy}, {@code TERM=dumb}) the cells run in order with no prompts
 * or escape codes and the exit code says whether one failed. {@code hazlab} without a command does the same on the
 * bundled example.
 */
@Command(name = "shell", mixinStandardHelpOptions = true, versionProvider = HazlabVersion.class,
        description = {"The interactive shell (a notebook REPL) with the workspace loaded.",
            "With input that is not a terminal, runs the cells it reads in order."})
public final class ShellCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceArgument workspace;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return open(workspace.choice(), spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Opens the shell on the chosen workspace; used by {@code hazlab} without a command too. */
    static int open(WorkspaceLocator.Choice choice, PrintWriter out, PrintWriter err) {
        // hazlab.shell.jline=true: JLine even on piped input (the launcher's class-data-sharing training run uses it
        // so that JLine's classes are in the archive and the prompt comes sooner).
        boolean forceJline = Boolean.getBoolean("hazlab.shell.jline");
        boolean terminal = forceJline || System.console() != null && !"dumb".equals(System.getenv("TERM"));
        if (!terminal) {
            Workspace loaded;
            try {
                loaded = WorkspaceLoader.load(choice.folder());
            } catch (InvalidInputException e) {
                ProblemPrinter.print(e, err);
                return ExitCodes.FAILED;
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            return run(new ReplBuilder(ReplBuilder.defaultStateDir()).workspace(loaded).plain(in, out, 100), choice);
        }
        // The workspace loads and Groovy starts in the background once the prompt shows; the first cell waits.
        if (System.getProperty(TerminalBuilder.PROP_GRAPHEME_CLUSTER) == null) {
            System.setProperty(TerminalBuilder.PROP_GRAPHEME_CLUSTER, "false");
        }
        try (Terminal system = forceJline && System.console() == null
                ? new DumbTerminal("hazlab", Terminal.TYPE_DUMB, System.in, System.out, StandardCharsets.UTF_8)
                : TerminalBuilder.builder().system(true).name("hazlab").build()) {
            boolean color = Palette.allowed(true, System.getenv()) && !Terminal.TYPE_DUMB.equals(system.getType())
                    && !Terminal.TYPE_DUMB_COLOR.equals(system.getType());
            Repl repl = new ReplBuilder(ReplBuilder.defaultStateDir()).workspace(() -> load(choice.folder()))
                    .terminal(system, color);
            repl.context().loading().exceptionally(failure -> {
                StringWriter problems = new StringWriter();
                if (failure.getCause() instanceof InvalidInputException invalid) {
                    ProblemPrinter.print(invalid, new PrintWriter(problems, true));
                } else {
                    problems.write("hazlab: cannot load " + choice.folder() + ": " + failure.getMessage());
                }
                repl.context().console().printAbove(problems.toString().stripTrailing());
                return null;
            });
            return run(repl, choice);
        } catch (java.io.IOException e) {
            err.println("hazlab: cannot open the terminal: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private static Workspace load(java.nio.file.Path folder) {
        try {
            return WorkspaceLoader.load(folder);
        } catch (InvalidInputException e) {
            throw new CompletionException(e);
        }
    }

    private static int run(Repl repl, WorkspaceLocator.Choice choice) {
        ReplBuilder.banner(repl.context(), HazlabVersion.number(), choice.folder().toString());
        try {
            return repl.run();
        } finally {
            repl.context().kernel().close();
            repl.context().journal().close();
            repl.context().console().close();
        }
    }
}
