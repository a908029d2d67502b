package org.hazlab.shell.cli;

import java.util.concurrent.Callable;
import org.hazlab.core.check.CheckReport;
import org.hazlab.core.check.WorkspaceCheck;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.core.workspace.WorkspaceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code hazlab} with no subcommand: opens the bundled example and shows what is in it, so that the first thing a
 * new user runs says what hazlab holds and what to type next.
 */
@Command(name = "hazlab", mixinStandardHelpOptions = true, versionProvider = HazlabVersion.class,
        synopsisSubcommandLabel = "[COMMAND]",
        description = {
            "hazlab: a workbench for IEC 62304 software safety classification.",
            "Load hazard logs, software items and risk controls, validate them, classify, and review.",
            "",
            "Without a command, hazlab opens the bundled infusion-pump example."
        },
        footer = {
            "",
            "Exit codes: 0 ok, 1 invalid input or failed run, 2 usage error.",
            "Documentation: README.md and docs/ (user-guide.md, data-formats.md)."
        })
public final class StartCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var example = WorkspaceLocator.bundledExample();
        if (example.isEmpty()) {
            spec.commandLine().getErr().println("hazlab: the bundled example " + WorkspaceLocator.BUNDLED_EXAMPLE
                    + " was not found; run hazlab from its folder or through the ./hazlab launcher");
            return ExitCodes.FAILED;
        }
        try {
            Workspace workspace = WorkspaceLoader.load(example.get());
            CheckReport report = WorkspaceCheck.of(workspace);
            out.println("hazlab " + HazlabVersion.number() + ": " + report.workspace() + " (" + example.get() + ")");
            out.printf("  %d software items, %d hazards, %d risk controls, %,d incident reports; %s%n",
                    workspace.items().table().rowCount(), workspace.hazards().table().rowCount(),
                    workspace.controls().table().rowCount(), workspace.incidentTable().rowCount(),
                    report.valid() ? "valid" : report.errors() + " errors");
            out.println();
            out.println("Try:");
            out.println("  hazlab check " + example.get() + "    validate it and see the summary");
            out.println("  hazlab classify " + example.get() + " the IEC 62304 class of every item, and why");
            out.println("  hazlab classify --item IPC-LOG --explain  one item's decision path and activities");
            out.println("  hazlab check --help                       options and exit codes");
            out.println("  hazlab --help                             all commands");
            out.flush();
            return report.valid() ? ExitCodes.OK : ExitCodes.FAILED;
        } catch (InvalidInputException e) {
            ProblemPrinter.print(e, spec.commandLine().getErr());
            return ExitCodes.FAILED;
        }
    }
}
