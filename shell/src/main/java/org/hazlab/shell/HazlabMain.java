package org.hazlab.shell;

import java.io.PrintWriter;
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
        CommandLine commandLine = commandLine(style);
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    /** The configured command tree, uncoloured; public so that the shell's help and tests can inspect it. */
    public static CommandLine commandLine() {
        return commandLine(OutputStyle.PLAIN);
    }

    private static CommandLine commandLine(OutputStyle style) {
        CommandLine commandLine = new CommandLine(new StartCommand());
        commandLine.addSubcommand("check", new CheckCommand());
        commandLine.addSubcommand("classify", new ClassifyCommand(style));
        commandLine.addSubcommand("generate", new GenerateCommand());
        commandLine.addSubcommand("run", new RunCommand());
        commandLine.addSubcommand("history", new HistoryCommand());
        commandLine.addSubcommand("gaps", new GapsCommand(style));
        commandLine.addSubcommand("impact", new ImpactCommand(style));
        commandLine.addSubcommand("record", new RecordCommand());
        commandLine.addSubcommand("incidents", new IncidentsCommand());
        commandLine.addSubcommand("shell", new ShellCommand());
        commandLine.addSubcommand("completion", new org.hazlab.shell.cli.CompletionCommand());
        commandLine.addSubcommand("help", new CommandLine.HelpCommand());
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

    private static String describe(Exception exception) {
        String message = exception.getMessage();
        return exception.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** Version string used by --version and reports. */
    public static String version() {
        return HazlabVersion.number();
    }
}
