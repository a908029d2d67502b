package org.hazlab.shell.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hazlab.core.review.history.HistoryVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hazlab history verify FILE}: recomputes the hash chain of a review history. Exit 0 when every record
 * is intact and in order, 1 when a record was edited, removed, inserted or reordered (or the file is unreadable).
 */
@Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = HazlabVersion.class,
        description = {"Check that no record of a review history was edited, removed or reordered.",
            "Prints the head hash: keep it elsewhere (a CI log) to detect removal of the last records too."},
        exitCodeListHeading = "%nExit codes:%n")
public final class HistoryVerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Review history (JSON Lines).")
    private Path file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("hazlab: " + file + ": no such file");
            return ExitCodes.FAILED;
        }
        HistoryVerifier.Result result;
        try {
            result = HistoryVerifier.verify(file);
        } catch (IOException e) {
            err.println("hazlab: " + file + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (result.ok()) {
            out.println(file + ": " + result.records() + " records, chain intact");
            out.println("head " + (result.head().isEmpty() ? "(empty)" : result.head()));
            out.flush();
            return ExitCodes.OK;
        }
        err.println(file + ": TAMPERED or damaged (" + result.problems().size() + " problems)");
        result.problems().forEach(problem -> err.println(file + ": " + problem));
        err.flush();
        return ExitCodes.FAILED;
    }
}
