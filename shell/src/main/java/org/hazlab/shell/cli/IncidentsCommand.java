package org.hazlab.shell.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.incidents.ColumnMappingException;
import org.hazlab.core.incidents.formats.IncidentFormats;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.problem.Problem;
import org.hazlab.shell.progress.ProgressLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hazlab incidents FILE...}: imports incident files (MAUDE bulk files, openFDA JSON, Health Canada
 * extracts, CSV) and prints what was read, loaded and rejected, with every rejected record's location and reason.
 * Shows progress on loads that take more than a second when stderr is a terminal.
 */
@Command(name = "incidents", mixinStandardHelpOptions = true, versionProvider = HazlabVersion.class,
        description = "Import incident files and report rows read, loaded and rejected (with reasons).",
        exitCodeListHeading = "%nExit codes:%n")
public final class IncidentsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Incident files; for MAUDE the mdrfoi, "
            + "foidev/device, foitext and foidevproblem files of one set.")
    private List<Path> files;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "maude, openfda, healthcanada, csv or table (default: recognised from the first file's content).")
    private String format;

    @Option(names = "--map", paramLabel = "HEADER=FIELD", description = "Map a header onto an incident field "
            + "(id, date_received, event_date, event_type, product_code, problem_code, hazards, items, outcome, "
            + "narrative, source); repeatable.")
    private Map<String, String> mapping = new LinkedHashMap<>();

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "Field delimiter of CSV files (default ,).")
    private char delimiter = ',';

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (format != null && IncidentFormats.byId(format).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "unknown format '" + format + "'; the formats are: "
                    + String.join(", ", IncidentFormats.ids()));
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println("hazlab: " + file + ": no such file");
                return ExitCodes.FAILED;
            }
        }
        int width = TerminalWidth.ofStdout();
        ProgressLine progress = ProgressLine.forStderr(err, OutputStyle.stderrIsTerminal(),
                TerminalWidth.forProgress(width));
        ImportResult result;
        try {
            result = IncidentFormats.read(files, ImportOptions.defaults().withColumns(mapping)
                    .withDelimiter(delimiter).withProgress(progress), format);
        } catch (ColumnMappingException e) {
            progress.finish();
            throw new ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            progress.finish();
            err.println("hazlab: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        progress.finish();
        out.printf(Locale.ROOT, "format %s%n", result.format());
        for (ImportResult.FileCount count : result.files()) {
            out.printf(Locale.ROOT, "%s (%s): %,d read, %,d loaded, %,d rejected%s%n", count.file(), count.role(),
                    count.read(), count.loaded(), count.rejected(),
                    count.duplicates() > 0 ? String.format(Locale.ROOT, " (%,d duplicates merged)",
                            count.duplicates()) : "");
        }
        IncidentStore store = result.incidents();
        Map<EventType, Integer> byType = new EnumMap<>(EventType.class);
        for (int row = 0; row < store.size(); row++) {
            byType.merge(store.eventType(row), 1, Integer::sum);
        }
        out.printf(Locale.ROOT, "%,d incidents:", store.size());
        byType.forEach((type, count) -> out.printf(Locale.ROOT, " %s %,d", type.word(), count));
        out.println();
        for (Problem problem : result.problems()) {
            out.println(problem.format());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
