package org.hazlab.shell.cli;

import java.util.concurrent.Callable;
import org.hazlab.core.check.CheckJsonRenderer;
import org.hazlab.core.check.CheckReport;
import org.hazlab.core.check.CheckTextRenderer;
import org.hazlab.core.check.WorkspaceCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code hazlab check}: validates a workspace and prints its summary and every problem. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = HazlabVersion.class,
        description = {
            "Validate a workspace: load every file, build the safety model, and print a summary "
                + "(rows per file, hazards per severity and per item, incidents) and every problem with its "
                + "file, line and column."
        })
public final class CheckCommand implements Callable<Integer> {

    /** Output formats of the check report. */
    public enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceArgument workspace;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        var loaded = workspace.load(spec.commandLine().getErr());
        if (loaded.isEmpty()) {
            return ExitCodes.FAILED;
        }
        CheckReport report = WorkspaceCheck.of(loaded.get());
        spec.commandLine().getOut().print(format == Format.json ? CheckJsonRenderer.render(report)
                : CheckTextRenderer.render(report));
        spec.commandLine().getOut().flush();
        return report.valid() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
