package org.hazlab.shell.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hazlab.core.trace.record.ClassificationRecord;
import org.hazlab.core.trace.record.RecordFiles;
import org.hazlab.core.trace.record.RecordOptions;
import org.hazlab.core.trace.record.SignOff;
import org.hazlab.core.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code hazlab record [WORKSPACE] --out DIR [--as-of DATE]}: writes the software safety classification record
 * (Markdown, one self-contained HTML file, JSON) for the design history file.
 */
@Command(name = "record", mixinStandardHelpOptions = true, versionProvider = HazlabVersion.class,
        description = "Write the software safety classification record in Markdown, HTML and JSON: system and "
            + "intended purpose, risk policy, options, every item's class with its decision path, rationale and "
            + "required activities with their evidence status, auditor findings, the classification history "
            + "(review history and git revisions) and a sign-off block. Same inputs and --as-of give the same "
            + "bytes. See docs/traceability.md.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:record written", "1:invalid workspace or the files could not be written",
            "2:usage error", "3:not used by this command (hazlab run: the script reported findings)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  hazlab record datasets/infusion-pump --out /tmp/ipc-record --as-of 2026-10-01",
            "  hazlab record datasets/infusion-pump --out target/record --no-git \\",
            "      --prepared-by \"A. Analyst\" --prepared-on 2026-10-01",
            "  hazlab record . --out dhf/ --history reviews/history.jsonl"
        })
public final class RecordCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceArgument workspace;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the record into.")
    private Path out;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Date of the record (default: today).")
    private LocalDate asOf;

    @Option(names = "--history", paramLabel = "FILE",
            description = "A periodic-review history (JSON Lines) to take reclassifications from.")
    private Path reviewHistory;

    @Option(names = "--no-git", negatable = false,
            description = "Do not read the workspace's git revisions for the classification history.")
    private boolean noGit;

    @Option(names = "--prepared-by", paramLabel = "NAME", description = "Sign-off: who prepared the record.")
    private String preparedBy;

    @Option(names = "--prepared-on", paramLabel = "DATE", description = "Sign-off: when (blank when not given).")
    private LocalDate preparedOn;

    @Option(names = "--reviewed-by", paramLabel = "NAME", description = "Sign-off: who reviewed it.")
    private String reviewedBy;

    @Option(names = "--reviewed-on", paramLabel = "DATE", description = "Sign-off: when it was reviewed.")
    private LocalDate reviewedOn;

    @Option(names = "--approved-by", paramLabel = "NAME", description = "Sign-off: who approved it.")
    private String approvedBy;

    @Option(names = "--approved-on", paramLabel = "DATE", description = "Sign-off: when it was approved.")
    private LocalDate approvedOn;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Workspace> loaded = workspace.loadValid(err);
        if (loaded.isEmpty()) {
            return ExitCodes.FAILED;
        }
        SignOff signOff = SignOff.of(preparedBy, text(preparedOn), reviewedBy, text(reviewedOn), approvedBy,
                text(approvedOn));
        RecordOptions options = new RecordOptions(asOf != null ? asOf : LocalDate.now(), signOff, reviewHistory,
                !noGit);
        try {
            List<Path> files = RecordFiles.write(ClassificationRecord.of(loaded.get(), options), out);
            PrintWriter stdout = spec.commandLine().getOut();
            files.forEach(file -> stdout.println("wrote " + file));
            stdout.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("hazlab: cannot write the record to " + out + ": " + e.getMessage());
            err.flush();
            return ExitCodes.FAILED;
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
