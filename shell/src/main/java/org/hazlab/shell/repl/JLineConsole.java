package org.hazlab.shell.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hazlab.shell.repl.input.ReplParser;
import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.Highlighter;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultHighlighter;
import org.jline.terminal.Terminal;

/**
 * The console of a person at a terminal, on JLine: multi-line cells through {@link ReplParser}, Tab completion,
 * highlighting, bracketed paste, history kept in a file (a multi-line cell is one entry), Ctrl-C clears the line
 * while typing and interrupts the cell while one runs, Ctrl-D on an empty line ends the session.
 */
public final class JLineConsole implements Console {

    private static final int DEFAULT_WIDTH = 100;

    private final Terminal terminal;
    private final LineReader reader;
    private final boolean color;
    private final ModeSwitch modes;

    /** Lets the completer know whether Java or Groovy is being typed. */
    public interface ModeSwitch {
        void javaMode(boolean on);
    }

    /**
     * @param historyFile where history persists, or null for none
     */
    public JLineConsole(Terminal terminal, Completer completer, Highlighter highlighter, Path historyFile,
                        boolean color, ModeSwitch modes) {
        this.terminal = terminal;
        this.color = color;
        this.modes = modes;
        LineReaderBuilder builder = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("hazlab")
                .parser(new ReplParser())
                .completer(completer)
                .highlighter(color && highlighter != null ? highlighter : new PlainHighlighter())
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, "%P  > ")
                .variable(LineReader.HISTORY_FILE_SIZE, 5000)
                .variable(LineReader.HISTORY_SIZE, 1000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_TIMESTAMPED, false)
                .option(LineReader.Option.AUTO_FRESH_LINE, true);
        if (historyFile != null) {
            builder.variable(LineReader.HISTORY_FILE, historyFile);
        }
        this.reader = builder.build();
        // Outside reading and evaluating (a command saving a file, say) Ctrl-C must not end the JVM.
        terminal.handle(Terminal.Signal.INT, Terminal.SignalHandler.SIG_IGN);
    }

    /** The JLine reader, for tests that drive it key by key. */
    public LineReader reader() {
        return reader;
    }

    @Override
    public String readCell(String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            return "";
        } catch (EndOfFileException e) {
            return null;
        }
    }

    /** An answer (Enter, s, q) is not a cell: it stays out of the history. */
    @Override
    public String readLine(String prompt) {
        reader.setVariable(LineReader.DISABLE_HISTORY, true);
        try {
            return readCell(prompt);
        } finally {
            reader.setVariable(LineReader.DISABLE_HISTORY, false);
        }
    }

    @Override
    public PrintWriter out() {
        return terminal.writer();
    }

    @Override
    public int width() {
        int width = terminal.getWidth();
        return width > 10 ? width : DEFAULT_WIDTH;
    }

    @Override
    public int height() {
        int height = terminal.getHeight();
        return height > 5 ? height : 40;
    }

    @Override
    public boolean interactive() {
        return true;
    }

    @Override
    public boolean color() {
        return color;
    }

    @Override
    public <T> T interruptibly(Runnable onInterrupt, Supplier<T> action) {
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> onInterrupt.run());
        try {
            return action.get();
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
            terminal.flush();
        }
    }

    @Override
    public List<String> history() {
        List<String> lines = new ArrayList<>();
        for (History.Entry entry : reader.getHistory()) {
            lines.add(entry.line());
        }
        return lines;
    }

    @Override
    public void printAbove(String text) {
        reader.printAbove(text);
    }

    @Override
    public void javaMode(boolean on) {
        modes.javaMode(on);
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
            terminal.writer().flush();
            terminal.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No colours at all (NO_COLOR, or a terminal without them). */
    private static final class PlainHighlighter extends DefaultHighlighter {
        @Override
        public org.jline.utils.AttributedString highlight(LineReader lineReader, String buffer) {
            return new org.jline.utils.AttributedString(buffer);
        }
    }
}
