package org.hazlab.shell.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hazlab.shell.repl.input.GroovyCompleteness;

/**
 * The console for input that is not a terminal: lines are read from a stream and joined into cells with the same
 * completeness rule as the terminal, nothing is echoed, no prompt or escape code is written, so that
 * {@code hazlab shell < cells.groovy} in CI prints only results and errors.
 */
public final class PlainConsole implements Console {

    private final BufferedReader in;
    private final PrintWriter out;
    private final int width;
    private final List<String> history = new ArrayList<>();
    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("^\\s*//\\s*%%.*");
    private Boolean percent;
    private String pending;

    public PlainConsole(BufferedReader in, PrintWriter out, int width) {
        this.in = in;
        this.out = out;
        this.width = width;
    }

    /**
     * One cell. Input that starts with a {@code // %%} marker is a percent-format script: a cell then runs from
     * its marker to the next one, whatever the lines in between, so chained calls over several lines work.
     */
    @Override
    public String readCell(String prompt) {
        String first = pending != null ? pending : readRaw();
        pending = null;
        if (first == null) {
            return null;
        }
        if (percent == null && first.strip().startsWith(":")) {
            history.add(first);
            return first;   // a :command before the first cell (e.g. ':time on') does not decide the format
        }
        if (percent == null) {
            percent = MARKER.matcher(first).matches();
        }
        if (percent) {
            StringBuilder cell = new StringBuilder(first);
            String line;
            while ((line = readRaw()) != null && !MARKER.matcher(line).matches()) {
                cell.append('\n').append(line);
            }
            pending = line;
            history.add(cell.toString());
            return cell.toString();
        }
        pending = first;
        return lines();
    }

    private String lines() {
        StringBuilder cell = new StringBuilder();
        String line;
        while ((line = next()) != null) {
            cell.append(cell.length() > 0 ? "\n" : "").append(line);
            if (!GroovyCompleteness.isIncomplete(cell.toString())) {
                break;
            }
        }
        if (line == null && cell.length() == 0) {
            return null;
        }
        history.add(cell.toString());
        return cell.toString();
    }

    private String next() {
        if (pending != null) {
            String line = pending;
            pending = null;
            return line;
        }
        return readRaw();
    }

    @Override
    public String readLine(String prompt) {
        return next();
    }

    private String readRaw() {
        try {
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public PrintWriter out() {
        return out;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return 40;
    }

    @Override
    public boolean interactive() {
        return false;
    }

    @Override
    public boolean color() {
        return false;
    }

    @Override
    public <T> T interruptibly(Runnable onInterrupt, Supplier<T> action) {
        return action.get();
    }

    @Override
    public List<String> history() {
        return List.copyOf(history);
    }

    @Override
    public void close() {
        out.flush();
    }
}
