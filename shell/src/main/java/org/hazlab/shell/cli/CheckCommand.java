package org.hazlab.shell.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hazlab.core.check.CheckJsonRenderer;
import org.hazlab.core.check.CheckReport;
import org.hazlab.core.check.CheckTextRenderer;
import org.hazlab.core.check.WorkspaceCheck;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.core.workspace.WorkspaceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hazlab check}: validates a workspace and prints its summary and every problem. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = HazlabVersion.class,
        description = {
            "Validate a workspace: load every file, build the safety model, and print a summary "
                + "(rows per file, hazards per severity and per item, incidents) and every problem with its "
                + "file, line and column.",
            "",
            "Exit codes: 0 valid (warnings allowed), 1 errors found, 2 usage error."
        })
public final class CheckCommand implements Callable<Integer> {

    /** Output formats of the check report. */
    public enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "WORKSPACE",
            description = "Workspace folder (default: the current folder if it is one, else the bundled example).")
    private Path workspace;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        WorkspaceLocator.Choice choice = WorkspaceLocator.locate(workspace);
        if (choice.bundledDefault()) {
            spec.commandLine().getErr().println("(no workspace given or found here; checking the bundled example "
                    + choice.folder() + ")");
        }
        try {
            Workspace loaded = WorkspaceLoader.load(choice.folder());
            CheckReport report = WorkspaceCheck.of(loaded);
            spec.commandLine().getOut().print(format == Format.json ? CheckJsonRenderer.render(report)
                    : CheckTextRenderer.render(report));
            spec.commandLine().getOut().flush();
            return report.valid() ? ExitCodes.OK : ExitCodes.FAILED;
        } catch (InvalidInputException e) {
            ProblemPrinter.print(e, spec.commandLine().getErr());
            return ExitCodes.FAILED;
        }
    }
}
