package org.hazlab.shell.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code hazlab} with no subcommand: opens the shell (the REPL) on the bundled example, so that the first thing a
 * new user runs has data loaded and says what to type next.
 */
@Command(name = "hazlab", mixinStandardHelpOptions = true, versionProvider = HazlabVersion.class,
        synopsisSubcommandLabel = "[COMMAND]",
        description = {
            "hazlab: a workbench for IEC 62304 software safety classification.",
            "Load hazard logs, software items and risk controls, validate them, classify, and review.",
            "",
            "Without a command, hazlab opens the shell on the bundled infusion-pump example."
        },
        footer = {"", "Documentation: README.md and docs/ (user-guide.md, data-formats.md)."})
public final class StartCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        var example = WorkspaceLocator.bundledExample();
        if (example.isEmpty()) {
            spec.commandLine().getErr().println("hazlab: the bundled example " + WorkspaceLocator.BUNDLED_EXAMPLE
                    + " was not found; run hazlab from its folder or through the ./hazlab launcher");
            return ExitCodes.FAILED;
        }
        return ShellCommand.open(new WorkspaceLocator.Choice(example.get(), true), spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
