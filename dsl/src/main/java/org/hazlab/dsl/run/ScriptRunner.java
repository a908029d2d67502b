package org.hazlab.dsl.run;

import groovy.lang.GroovyShell;
import groovy.transform.ThreadInterrupt;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.runtime.InvokerHelper;
import org.hazlab.core.io.AtomicFiles;
import org.hazlab.dsl.Findings;
import org.hazlab.dsl.HazlabScript;
import org.hazlab.dsl.render.Display;
import org.hazlab.dsl.session.Cell;
import org.hazlab.dsl.session.CellCache;
import org.hazlab.dsl.session.CellError;
import org.hazlab.dsl.session.CellParser;
import org.hazlab.dsl.session.CellResult;
import org.hazlab.core.incidents.ImportProgress;
import org.hazlab.dsl.session.LoadProgress;
import org.hazlab.dsl.session.Session;
import org.hazlab.dsl.session.SessionOptions;

/**
 * Runs a script or notebook headless, cell by cell, through the same {@link Session} the REPL uses: prints each
 * cell's output and displayed value on {@code out}, messages and the located error on {@code err}, stops at the
 * first failing cell, and writes the executed notebook when asked. The status tells a scheduler "ok" (0),
 * "broke" (1) and "ran and found something" (3) apart.
 */
public final class ScriptRunner {

    private ScriptRunner() {
    }

    /** Whether the run's first cell needs the compiler (false: it comes from the cell cache), once known. */
    private static final CompletableFuture<Boolean> COMPILER_WANTED = new CompletableFuture<>();

    /**
     * Starts loading Groovy's runtime (with its formatting of printed values), hazlab's JSON reading and, unless the
     * script's first cell comes from the cell cache, Groovy's compiler, then Tablesaw, on one background daemon
     * thread, so that on a multi-core machine it overlaps with the command line's own start-up; call it as early as
     * possible. Harmless when unused.
     * One thread, in the order a script needs them: on two cores the main thread keeps a core to itself (two
     * warm-up threads plus the four workers of Tablesaw's classpath scan took it from the main thread), and a
     * script that never makes a table exits before most of Tablesaw's scan is paid for. Warming the compiler for
     * a script whose cells were compiled by an earlier run would take a core from its first load for nothing.
     */
    public static void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                // the meta class every cell's script class builds on
                InvokerHelper.getMetaClass(HazlabScript.class);
            } catch (RuntimeException | LinkageError e) {
                // only a head start
            }
            // Groovy's formatting of printed values (println, GStrings) first lists the classes of the default
            // imports, reading the whole jar as a zip file system: 0.15 s the first printing cell would wait
            initialise(org.codehaus.groovy.runtime.FormatHelper.class);
            // JSON reading (Jackson), which a script's first workspace(...) needs for its manifest before its
            // incident import can start
            initialise(org.hazlab.core.workspace.WorkspaceLoader.class);
            if (compilerWanted()) {
                try {
                    // compiled as a cell is (Session.reset), so that the cell's own compilation finds it all loaded
                    CompilerConfiguration config = new CompilerConfiguration();
                    config.addCompilationCustomizers(new ASTTransformationCustomizer(ThreadInterrupt.class));
                    new GroovyShell(ScriptRunner.class.getClassLoader(), config).parse("def warm = 1",
                            "HazlabWarmUp.groovy");
                } catch (RuntimeException | LinkageError e) {
                    // only a head start; the real compilation reports any problem
                }
            }
            try {
                // Tablesaw's first table costs about half a second (its reader registry scans the whole jar
                // with ClassGraph); a script that reads a big incident file first then finds it done
                tech.tablesaw.api.Table.create("warm-up");
            } catch (RuntimeException | LinkageError e) {
                // only a head start
            }
        }, "hazlab-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /** Runs a class's static initialiser now, on the calling (warm-up) thread; a failure is only a lost head start. */
    private static void initialise(Class<?> type) {
        try {
            Class.forName(type.getName(), true, type.getClassLoader());
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            // only a head start: the class is initialised, or fails, where it is first used
        }
    }

    private static boolean compilerWanted() {
        try {
            return COMPILER_WANTED.get(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return true;
        }
    }

    public static RunResult run(RunRequest request, PrintWriter out, PrintWriter err) {
        return run(request, out, err, ImportProgress.NONE, () -> { });
    }

    /**
     * The same, showing the progress of long loads (the {@code incidents} word, big workspaces) with
     * {@code progress}; {@code progressDone} ends a progress line.
     */
    public static RunResult run(RunRequest request, PrintWriter out, PrintWriter err, ImportProgress progress,
                                Runnable progressDone) {
        String name = request.script().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean notebook = lower.endsWith(".ipynb");
        List<Cell> cells;
        try {
            String text = Files.readString(request.script(), StandardCharsets.UTF_8);
            cells = notebook ? NotebookReader.read(text)
                    : lower.endsWith(".md") || lower.endsWith(".markdown") ? MarkdownReader.read(text)
                    : CellParser.parse(text);
        } catch (NoSuchFileException e) {
            err.println(name + ": no such script");
            return new RunResult(RunResult.Status.FAILED, List.of());
        } catch (IOException | IllegalArgumentException e) {
            err.println(name + ": cannot read the script: " + e.getMessage());
            return new RunResult(RunResult.Status.FAILED, List.of());
        }
        Map<String, Object> parameters = new LinkedHashMap<>(request.parameters());
        SessionOptions options = new SessionOptions(name, Path.of(""),
                request.outDir() == null ? Path.of("") : request.outDir(), request.asOf(), parameters);
        Session session = new Session(options, request.cellCache());
        COMPILER_WANTED.complete(cells.stream().filter(c -> c.isCode() && !c.isBlank() && !c.skipped()).findFirst()
                .map(first -> !session.compiledEarlier(first)).orElse(false));
        session.state(LoadProgress.class, LoadProgress::new).use(progress, progressDone);
        session.displayWidth(request.width());
        List<CellResult> results = new ArrayList<>();
        RunResult.Status status = RunResult.Status.OK;
        Object lastValue = null;
        int skipped = 0;
        for (Cell cell : cells) {
            if (!cell.isCode() || cell.isBlank()) {
                results.add(session.evaluate(cell));
                continue;
            }
            if (cell.skipped()) {
                skipped++;
                err.println(where(name, notebook, cell, 0) + ": skipped: the cell was saved " + cell.skip()
                        + (cell.skip().equals(Cell.INTERRUPTED) ? " (it may not end)" : "")
                        + "; run it on its own if it is needed");
                continue;
            }
            CellResult result = session.evaluate(cell);
            results.add(result);
            if (request.timings()) {
                err.println("cell " + (cell.index() + 1) + " (line " + cell.firstLine() + "): "
                        + String.format(Locale.ROOT, "%.3f ms", result.duration().toNanos() / 1e6)
                        + (result.compiledEarlier() ? " (compiled by an earlier run)" : ""));
            }
            out.print(result.output());
            err.print(result.messages());
            result.displayValue().ifPresent(value -> {
                String text = Display.text(value, request.width());
                out.print(text.endsWith("\n") ? text : text + "\n");
            });
            out.flush();
            err.flush();
            if (!result.succeeded()) {
                CellError error = result.error();
                String located = where(name, notebook, cell, error.line()) + ": " + error.message();
                err.println(error.kind() == CellError.Kind.FAIL ? located
                        : located + error.details().stream().map(d -> "\n" + d).reduce("", String::concat));
                status = error.kind() == CellError.Kind.FAIL ? RunResult.Status.FINDINGS : RunResult.Status.FAILED;
                break;
            }
            lastValue = result.value();
        }
        if (status == RunResult.Status.OK && lastValue instanceof Findings findings && !findings.isEmpty()) {
            err.println(name + ": " + findings.count() + " findings: " + findings.message());
            status = RunResult.Status.FINDINGS;
        }
        if (skipped > 0) {
            err.println(name + ": skipped " + skipped + (skipped == 1 ? " cell" : " cells")
                    + " saved as failed or interrupted");
        }
        err.flush();
        if (request.notebook() != null) {
            try {
                write(request.notebook(), NotebookWriter.write(name, cells, results, request.parameters(),
                        request.asOf()));
            } catch (IOException e) {
                err.println(request.notebook() + ": cannot write the notebook: " + e.getMessage());
                status = RunResult.Status.FAILED;
            }
        }
        return new RunResult(status, results);
    }

    /**
     * Where a cell's problem is: {@code script:line} for scripts and Markdown (lines of the file), {@code
     * notebook: cell N, line L} for notebooks (the line within the cell, never a line of the JSON).
     */
    static String where(String name, boolean notebook, Cell cell, int line) {
        if (notebook) {
            return name + ": cell " + (cell.index() + 1) + (line > 0 ? ", line " + line : "");
        }
        int at = line > 0 ? line : cell.firstLine();
        return name + ":" + at;
    }

    private static void write(Path target, String text) throws IOException {
        AtomicFiles.writeString(target, text);
    }
}
