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

    public PlainConsole(BufferedReader in, PrintWriter out, int width) {
        this.in = in;
        this.out = out;
        this.width = width;
    }

    @Override
    public String readCell(String prompt) {
        StringBuilder cell = new StringBuilder();
        String line;
        while ((line = readRaw()) != null) {
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

    @Override
    public String readLine(String prompt) {
        return readRaw();
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
