package org.hazlab.shell.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hazlab.core.trace.doc.DocFormat;
import org.hazlab.core.trace.gaps.GapDocument;
import org.hazlab.core.trace.gaps.GapReport;
import org.hazlab.core.trace.gaps.WorkspaceGaps;
import org.hazlab.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hazlab gaps [WORKSPACE] [--item ID] [--format text|json|md]}: what the classes require that the
 * traceability tables do not show done. Exit 3 when there are gaps, so that CI can block a release on them.
 */
@Command(name = "gaps", mixinStandardHelpOptions = true, versionProvider = HazlabVersion.class,
        description = "Show the gaps between what each item's IEC 62304 class requires and the workspace's "
            + "evidence: Table A.1 activities without evidence, risk controls not implemented by a requirement or "
            + "not covered by a passing verification, hazards with unimplemented controls, and items whose "
            + "evidence completes a lower class only. See docs/traceability.md.")
public final class GapsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final OutputStyle style;

    /** A command that colours its terminal output as {@code style} says. */
    public GapsCommand(OutputStyle style) {
        this.style = style;
    }

    @Mixin
    private WorkspaceArgument workspace;

    @Option(names = "--item", paramLabel = "ID", description = "Report on one software item only.")
    private String item;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private DocFormat format;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Workspace> loaded = workspace.loadValid(err);
        if (loaded.isEmpty()) {
            return ExitCodes.FAILED;
        }
        Optional<GapReport> report = WorkspaceGaps.of(loaded.get(), item);
        if (report.isEmpty()) {
            err.println(style.err().error("hazlab: no item") + " '" + item + "' in " + workspace.choice().folder() + "; items are "
                    + String.join(", ", loaded.get().safetyModel().orElseThrow().items().stream()
                    .map(i -> i.id()).toList()));
            err.flush();
            return ExitCodes.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        String text = format.render(GapDocument.of(report.get()), () -> GapDocument.json(report.get()));
        out.print(format == DocFormat.text ? ClassCHighlight.apply(text, style.out()) : text);
        out.flush();
        return report.get().hasGaps() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
