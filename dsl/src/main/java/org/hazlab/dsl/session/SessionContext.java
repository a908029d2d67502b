package org.hazlab.dsl.session;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a running cell can reach of its session: the options, the writers its output and messages go to, and
 * the line of the user's script being executed (for locating inline model definitions). The DSL's base script
 * gets it from the session before every cell; nothing here knows of terminals.
 */
public final class SessionContext {

    private final SessionOptions options;
    private final java.util.Map<Class<?>, Object> state = new java.util.concurrent.ConcurrentHashMap<>();
    private PrintWriter out = new PrintWriter(PrintWriter.nullWriter());
    private PrintWriter messages = new PrintWriter(PrintWriter.nullWriter());
    private volatile int displayWidth;

    SessionContext(SessionOptions options) {
        this.options = Objects.requireNonNull(options);
    }

    void redirect(PrintWriter newOut, PrintWriter newMessages) {
        this.out = newOut;
        this.messages = newMessages;
    }

    /**
     * Per-session state of a front end or the DSL (e.g. scenario names), created on first use and forgotten by
     * {@link Session#reset()}.
     */
    public <T> T state(Class<T> type, java.util.function.Supplier<T> create) {
        return type.cast(state.computeIfAbsent(type, k -> create.get()));
    }

    void clearState() {
        state.clear();
    }

    public SessionOptions options() {
        return options;
    }

    public String scriptName() {
        return options.scriptName();
    }

    /** Columns the front end shows values in (its terminal's width), or 0 when it has no terminal. */
    public int displayWidth() {
        return displayWidth;
    }

    void displayWidth(int columns) {
        displayWidth = columns;
    }

    /** Where {@code println} of the current cell goes. */
    public PrintWriter out() {
        return out;
    }

    /** Where warnings for the user go (the stderr of a headless run). */
    public PrintWriter messages() {
        return messages;
    }

    /** A path of the script resolved against the session's working folder. */
    public Path resolve(String path) {
        Path given = Path.of(path);
        return given.isAbsolute() ? given : options.workingDir().resolve(given).normalize();
    }

    /** A path of an artefact resolved against the output folder. */
    public Path output(String path) {
        Path given = Path.of(path);
        return given.isAbsolute() ? given : options.outDir().resolve(given).normalize();
    }

    /** The pinned date, or the real one. */
    public LocalDate today() {
        return options.asOf() != null ? options.asOf() : LocalDate.now();
    }

    /** The line of the user's script that the current thread is executing, or 0 when not inside a cell. */
    public int currentLine() {
        return ScriptLines.lineOf(new Throwable().getStackTrace());
    }
}
