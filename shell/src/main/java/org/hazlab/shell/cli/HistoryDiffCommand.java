package org.hazlab.shell.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.hazlab.core.review.history.HistoryDiff;
import org.hazlab.core.review.history.HistoryVerifier;
import org.hazlab.core.review.history.ReviewHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hazlab history diff FILE [--from N] [--to M]}: class changes between two reviews with the change in
 * reasoning (decision steps removed and added), by default between the last two records. Refuses a history
 * whose chain does not verify: a rationale drawn from tampered records is worthless.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, versionProvider = HazlabVersion.class,
        description = "Show class changes between two reviews, with the change in reasoning.",
        exitCodeListHeading = "%nExit codes:%n")
public final class HistoryDiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Review history (JSON Lines).")
    private Path file;

    @Option(names = "--from", paramLabel = "SEQ|PERIOD", description = "Earlier review: seq number or period "
            + "(default: the one before --to).")
    private String from;

    @Option(names = "--to", paramLabel = "SEQ|PERIOD", description = "Later review (default: the last).")
    private String to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<JsonNode> records;
        try {
            if (!Files.isRegularFile(file)) {
                err.println("hazlab: " + file + ": no such file");
                return ExitCodes.FAILED;
            }
            HistoryVerifier.Result check = HistoryVerifier.verify(file);
            if (!check.ok()) {
                err.println("hazlab: " + file + ": the history does not verify; run 'hazlab history verify'");
                return ExitCodes.FAILED;
            }
            records = ReviewHistory.read(file);
        } catch (IOException e) {
            err.println("hazlab: " + file + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        int later = to == null ? records.size() - 1 : find(records, to);
        int earlier = from == null ? later - 1 : find(records, from);
        if (earlier < 0 || later < 0 || earlier >= records.size() || later >= records.size()) {
            err.println("hazlab: " + file + ": needs two reviews to compare (" + records.size() + " recorded)");
            return ExitCodes.FAILED;
        }
        JsonNode before = records.get(earlier);
        JsonNode after = records.get(later);
        out.print(HistoryDiff.render(before, after, HistoryDiff.between(before, after)));
        out.flush();
        return ExitCodes.OK;
    }

    private int find(List<JsonNode> records, String key) {
        for (int i = records.size() - 1; i >= 0; i--) {
            JsonNode record = records.get(i);
            if (record.path("seq").asText().equals(key) || record.path("period").asText().equals(key)) {
                return i;
            }
        }
        throw new ParameterException(spec.commandLine(), "no review '" + key + "' in " + file
                + " (give a seq number or a period such as 2026-Q3)");
    }
}
