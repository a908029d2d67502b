package org.hazlab.shell.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.trace.doc.DocFormat;
import org.hazlab.core.trace.impact.ImpactDocument;
import org.hazlab.core.trace.impact.ImpactInputs;
import org.hazlab.core.trace.impact.ImpactReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hazlab impact OLD NEW} or {@code hazlab impact --git REV1..REV2 [WORKSPACE]}: what changed between two
 * versions of a workspace and what it does to the classes, the activities and the evidence.
 */
@Command(name = "impact", mixinStandardHelpOptions = true, versionProvider = HazlabVersion.class,
        description = "Show the impact of a change between two versions of a workspace: items, hazards, controls, "
            + "requirements and verifications added, removed and changed field by field; the classes that change, "
            + "with the reason before and after; the activities added and dropped; the evidence that becomes "
            + "missing. The versions are two folders, or two revisions of the git repository holding the "
            + "workspace (--git, read from the repository without a checkout). See docs/traceability.md.")
public final class ImpactCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private final OutputStyle style;

    /** A command that colours its terminal output as {@code style} says. */
    public ImpactCommand(OutputStyle style) {
        this.style = style;
    }

    @Parameters(arity = "0..2", paramLabel = "WORKSPACE",
            description = "OLD and NEW workspace folders; with --git, the one workspace folder (default: .).")
    private List<Path> folders = List.of();

    @Option(names = "--git", paramLabel = "REV1..REV2",
            description = "Compare two revisions of the git repository holding the workspace "
                    + "(one REV: that revision against the folder as it is now).")
    private String range;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private DocFormat format;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ImpactReport report;
        try {
            if (range != null) {
                if (folders.size() > 1) {
                    throw new ParameterException(spec.commandLine(), "with --git give one workspace folder");
                }
                report = ImpactInputs.git(folders.isEmpty() ? Path.of(".") : folders.get(0), range);
            } else {
                if (folders.size() != 2) {
                    throw new ParameterException(spec.commandLine(),
                            "give two workspace folders (OLD NEW), or --git REV1..REV2 and one folder");
                }
                report = ImpactInputs.folders(folders.get(0), folders.get(1));
            }
        } catch (InvalidInputException e) {
            ProblemPrinter.print(e, err, style.err());
            return ExitCodes.FAILED;
        }
        PrintWriter out = spec.commandLine().getOut();
        String text = format.render(ImpactDocument.of(report), () -> ImpactDocument.json(report));
        out.print(format == DocFormat.text ? ClassCHighlight.apply(text, style.out()) : text);
        out.flush();
        return ExitCodes.OK;
    }
}
