package org.hazlab.shell;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.hazlab.shell.cli.CheckCommand;
import org.hazlab.shell.cli.ClassifyCommand;
import org.hazlab.shell.cli.ExitCodes;
import org.hazlab.shell.cli.GenerateCommand;
import org.hazlab.shell.cli.RunCommand;
import org.hazlab.shell.cli.GapsCommand;
import org.hazlab.shell.cli.ImpactCommand;
import org.hazlab.shell.cli.RecordCommand;
import org.hazlab.shell.cli.HistoryCommand;
import org.hazlab.shell.cli.IncidentsCommand;
import org.hazlab.shell.cli.HazlabVersion;
import org.hazlab.shell.cli.OutputStyle;
import org.hazlab.shell.cli.ShellCommand;
import org.hazlab.shell.cli.StartCommand;
import picocli.CommandLine;

/**
 * Entry point of the {@code hazlab} command. Builds the picocli command tree (one class per subcommand, each
 * delegating to a core service) and maps failures onto the documented exit codes: 0 ok, 1 invalid input or a
 * failed run, 2 usage error. Stack traces are shown only with {@code HAZLAB_DEBUG=1}.
 */
public final class HazlabMain {

    private HazlabMain() {
    }

    public static void main(String[] args) {
        // picocli's default factory loads groovy.lang.Closure, for closures in annotations (hazlab has none): that
        // initialises Groovy's whole runtime on the main thread before the command line is even parsed
        System.setProperty("picocli.disable.closures", "true");
        if (args.length > 0 && args[0].equals("run")) {
            org.hazlab.dsl.run.ScriptRunner.warmUp();
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                OutputStyle.ofSystemStreams()));
    }

    /** Runs the command line with the given streams, uncoloured; returns the exit code instead of exiting. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, OutputStyle.PLAIN);
    }

    /** Runs the command line with the given streams coloured as {@code style} says; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, OutputStyle style) {
        CommandLine commandLine = commandLine(style, args.length == 0 ? null : args[0]);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    /** The configured command tree, uncoloured; public so that the shell's help and tests can inspect it. */
    public static CommandLine commandLine() {
        return commandLine(OutputStyle.PLAIN, null);
    }

    /**
     * The command tree for a command line whose first argument is {@code first}. When it names a subcommand that
     * runs on its own, only that one is built: picocli reads each command's annotations when it is added, and
     * building all twelve took about 60 ms of every command's start-up. Commands about the whole tree ({@code
     * help}, {@code completion}), no command (the shell) and unknown words (picocli suggests the nearest) get all.
     */
    private static CommandLine commandLine(OutputStyle style, String first) {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("check", CheckCommand::new);
        commands.put("classify", () -> new ClassifyCommand(style));
        commands.put("generate", GenerateCommand::new);
        commands.put("run", RunCommand::new);
        commands.put("history", HistoryCommand::new);
        commands.put("gaps", () -> new GapsCommand(style));
        commands.put("impact", () -> new ImpactCommand(style));
        commands.put("record", RecordCommand::new);
        commands.put("incidents", IncidentsCommand::new);
        commands.put("shell", ShellCommand::new);
        commands.put("completion", org.hazlab.shell.cli.CompletionCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        boolean alone = first != null && commands.containsKey(first) && !WHOLE_TREE.contains(first);
        CommandLine commandLine = new CommandLine(new StartCommand());
        commands.forEach((name, command) -> {
            if (!alone || name.equals(first)) {
                commandLine.addSubcommand(name, command.get());
            }
        });
        org.hazlab.shell.cli.CommandHelp.apply(commandLine);
        // picocli colours usage errors (errorText) and help by its own scheme: give it the one policy's answer.
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(
                style.err().color() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println(style.err().error("hazlab: " + describe(exception)));
            if ("1".equals(System.getenv("HAZLAB_DEBUG"))) {
                exception.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("(this is a bug in hazlab; run with HAZLAB_DEBUG=1 for details)");
            }
            return ExitCodes.FAILED;
        });
        return commandLine;
    }

    /** Subcommands that work on the whole command tree. */
    private static final java.util.Set<String> WHOLE_TREE = java.util.Set.of("help", "completion");

    private static String describe(Exception exception) {
        String message = exception.getMessage();
        return exception.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Version string used by --version and reports. */
    public static String version() {
        return HazlabVersion.number();
    }
}
