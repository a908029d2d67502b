package org.hazlab.shell.repl;

import java.util.List;
import java.util.regex.Pattern;
import org.hazlab.dsl.session.CellError;
import org.hazlab.dsl.session.CellResult;
import org.hazlab.dsl.session.LoadProgress;
import org.hazlab.shell.repl.notebook.NotebookCell;
import org.hazlab.shell.repl.notebook.PercentFormat;
import org.hazlab.dsl.render.NumberText;
import org.hazlab.shell.progress.ProgressLine;

/**
 * Runs one cell and shows what it did: printed output, the DSL's messages, the rendered value, or a short error
 * naming the cell and line; Ctrl-C meanwhile interrupts only the cell, and long loads show progress on a
 * terminal. Each executed cell is recorded for {@code :save} and journaled as it completes. A pasted script
 * with {@code // %%} markers runs cell by cell.
 */
final class CellRunner {

    private static final Pattern MARKER = Pattern.compile("(?m)^\\s*//\\s*%%");

    private final ReplContext context;

    CellRunner(ReplContext context) {
        this.context = context;
    }

    boolean runTyped(String source, Language mode) {
        String firstLine = source.strip().lines().findFirst().orElse("");
        if (firstLine.equals(Language.JAVA_MARKER)) {
            String rest = source.strip().substring(Language.JAVA_MARKER.length()).strip();
            return run(NotebookCell.code(Language.JAVA, rest));
        }
        if (mode == Language.GROOVY && MARKER.matcher(source).find()) {
            List<NotebookCell> cells = PercentFormat.read(source);
            boolean ok = true;
            for (NotebookCell cell : cells) {
                ok &= run(cell);
            }
            return ok;
        }
        return run(NotebookCell.code(mode, source));
    }

    boolean run(NotebookCell cell) {
        if (cell.markdown()) {
            context.out().println(context.palette().note(cell.source().strip()));
            context.out().flush();
            context.record(cell);
            return true;
        }
        if (cell.skippedOnReplay()) {
            String first = cell.source().strip().lines().findFirst().orElse("");
            context.out().println(context.palette().error("skipped a cell saved " + cell.skip()
                    + (cell.skip().equals(org.hazlab.dsl.session.Cell.INTERRUPTED) ? " (it may not end)" : "")
                    + ": " + first + (cell.source().strip().contains("\n") ? " ..." : "")));
            context.out().flush();
            context.record(cell);
            return true;
        }
        int number = context.nextCellNumber();
        Kernel kernel = context.kernel();
        if (kernel.ready()) {
            kernel.session().displayWidth(context.console().width());
        }
        CellResult result = context.console().interruptibly(kernel::interrupt, () -> evaluate(kernel, cell));
        StringBuilder shown = new StringBuilder();
        shown.append(result.output());
        if (!result.output().isEmpty() && !result.output().endsWith("\n")) {
            shown.append('\n');
        }
        context.out().print(result.output().isEmpty() || result.output().endsWith("\n") ? result.output()
                : result.output() + "\n");
        if (!result.messages().isEmpty()) {
            shown.append(result.messages());
            context.out().print(context.palette().note(result.messages().stripTrailing()) + "\n");
        }
        Object shownValue = result.displayValue().orElse(null);
        String value = shownValue instanceof org.hazlab.shell.repl.java.JavaDeclaration declaration
                ? declaration.render(context.renderer()) : context.renderer().render(shownValue);
        shown.append(value);
        context.out().print(value);
        if (!result.succeeded()) {
            String message = describe(number, result.error());
            shown.append(message).append('\n');
            context.out().println(context.palette().error(message));
            context.failed();
        }
        if (context.timing()) {
            context.out().println(context.palette().note("took "
                    + NumberText.format(result.duration().toNanos() / 1_000_000.0) + " ms"));
        }
        context.out().flush();
        context.record(new NotebookCell(false, cell.language(), cell.source(), shown.toString(),
                !result.succeeded(), result));
        return result.succeeded();
    }

    /**
     * Evaluates the cell; on a terminal, loads that take longer than a second ({@code incidents 'big.csv'}, a
     * workspace with a big incident file) show their progress on one line, ended before the cell's output is
     * printed. Piped consoles show none, so transcripts stay clean.
     */
    private CellResult evaluate(Kernel kernel, NotebookCell cell) {
        if (!context.console().interactive()) {
            return kernel.evaluate(cell.language(), cell.source());
        }
        ProgressLine line = new ProgressLine(context.out(), true, context.progressDelay(), context.console().width());
        LoadProgress loads = kernel.session().state(LoadProgress.class, LoadProgress::new);
        loads.use(line, line::finish);
        try {
            return kernel.evaluate(cell.language(), cell.source());
        } finally {
            line.finish();
            loads.use(null, null);
        }
    }

    /** A short error: the cell, the line within it, the message; never a stack trace. */
    static String describe(int number, CellError error) {
        if (error.kind() == CellError.Kind.INTERRUPTED) {
            return "[" + number + "] interrupted; the session is intact";
        }
        StringBuilder text = new StringBuilder("error in [").append(number).append(']');
        if (error.line() > 0) {
            text.append(" line ").append(error.line());
        }
        text.append(": ").append(error.message());
        error.details().forEach(detail -> text.append("\n  ").append(detail));
        return text.toString();
    }
}
