package org.hazlab.shell.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.hazlab.dsl.run.RunRequest;
import org.hazlab.dsl.run.RunResult;
import org.hazlab.dsl.run.ScriptRunner;
import org.hazlab.dsl.session.CellCache;
import org.hazlab.shell.progress.ProgressLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hazlab run}: runs a script or notebook headless, cell by cell, through the DSL's evaluator. */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = HazlabVersion.class,
        description = {
            "Run a hazlab Groovy script (cells separated by '// %%%%' lines) or a notebook written by hazlab, "
                + "without a terminal. Each cell's output and value are printed; errors name the script line."
        })
public final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCRIPT", description = "A .groovy script or an .ipynb notebook.")
    private Path script;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter, set as a variable (a string) before the first cell; repeatable.")
    private Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the script's artefacts (save ...).")
    private Path out;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Pin the date scripts see as 'today' (yyyy-MM-dd): same inputs, same bytes.")
    private String asOf;

    @Option(names = "--notebook", paramLabel = "OUT.ipynb",
            description = "Also write the executed cells and their outputs as a Jupyter notebook (nbformat 4.5).")
    private Path notebook;

    @Option(names = "--time", description = "Report each cell's duration on stderr (cell number, line, ms).")
    private boolean time;

    /**
     * The folder the launcher keeps compiled cells in ({@code -Dhazlab.cellCache}, beside the jar it built);
     * none when hazlab runs without it (e.g. {@code java -jar}) or {@code HAZLAB_CELL_CACHE=0} turned it off.
     */
    private static CellCache cellCache() {
        String folder = System.getProperty("hazlab.cellCache", "");
        return folder.isBlank() ? CellCache.NONE : CellCache.in(Path.of(folder));
    }

    @Override
    public Integer call() {
        LocalDate date = null;
        if (asOf != null) {
            try {
                date = LocalDate.parse(asOf);
            } catch (java.time.format.DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "--as-of: '" + asOf
                        + "' is not a date (expected yyyy-MM-dd, e.g. 2026-09-30)");
            }
        }
        String problem = RunArguments.problem(script, parameters, out, notebook);
        if (problem != null) {
            throw new ParameterException(spec.commandLine(), problem);
        }
        int width = TerminalWidth.ofStdout();
        ProgressLine progress = ProgressLine.forStderr(spec.commandLine().getErr(), OutputStyle.stderrIsTerminal(),
                TerminalWidth.forProgress(width));
        RunRequest request = new RunRequest(script, parameters, out, date, notebook, time, width, cellCache());
        RunResult result = ScriptRunner.run(request, spec.commandLine().getOut(), spec.commandLine().getErr(),
                progress, progress::finish);
        return switch (result.status()) {
            case OK -> ExitCodes.OK;
            case FAILED -> ExitCodes.FAILED;
            case FINDINGS -> ExitCodes.FINDINGS;
        };
    }
}
