package org.hazlab.shell.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.core.workspace.WorkspaceLoader;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.impl.ExternalTerminal;

/**
 * Drives a real REPL through JLine the way JLine tests its own reader ({@code ReaderTestSupport}): a terminal
 * fed with a piped stream of keys, its output captured. No mocks: real Groovy, real JShell, real files. Keys can
 * be typed up front ({@link #session}) or while the REPL runs ({@link #start}, {@link #type}).
 */
final class ReplDriver implements AutoCloseable {

    static final Path EXAMPLE = Path.of("..", "datasets", "infusion-pump");

    private static Workspace example;

    private final PipedOutputStream keys;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final Repl repl;
    private CompletableFuture<Integer> running;

    private ReplDriver(Path stateDir, boolean external, String type, int width) throws IOException {
        PipedInputStream in = new PipedInputStream(1 << 16);
        keys = new PipedOutputStream(in);
        Terminal terminal = external
                ? new ExternalTerminal("test", type, in, output, StandardCharsets.UTF_8)
                : new DumbTerminal("test", type, in, output, StandardCharsets.UTF_8);
        terminal.setSize(new Size(width, 40));
        repl = new ReplBuilder(stateDir).workspace(example()).terminal(terminal, false);
        ReplBuilder.banner(repl.context(), "test", EXAMPLE.toString());
    }

    static synchronized Workspace example() {
        if (example == null) {
            try {
                example = WorkspaceLoader.load(EXAMPLE);
            } catch (org.hazlab.core.problem.InvalidInputException e) {
                throw new AssertionError(e);
            }
        }
        return example;
    }

    /** Types the keys, ends the input and runs the REPL to its end; returns everything it printed. */
    static String session(Path stateDir, String keys) {
        try (ReplDriver driver = start(stateDir, true)) {
            driver.type(keys);
            return driver.finish();
        }
    }

    /** A REPL running in the background; an external terminal when Ctrl-C must reach a running cell. */
    static ReplDriver start(Path stateDir, boolean external) {
        return start(stateDir, external, "dumb");
    }

    /** A REPL on a terminal of the given type ({@code ansi} for bracketed paste). */
    static ReplDriver start(Path stateDir, boolean external, String type) {
        return start(stateDir, external, type, 100);
    }

    /** A REPL on a terminal of the given type and width. */
    static ReplDriver start(Path stateDir, boolean external, String type, int width) {
        try {
            ReplDriver driver = new ReplDriver(stateDir, external, type, width);
            driver.running = CompletableFuture.supplyAsync(driver.repl::run);
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ReplDriver type(String text) {
        try {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Repl repl() {
        return repl;
    }

    /** Waits until a cell is running (for interrupt tests). */
    void awaitRunning(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!repl.context().kernel().session().isRunning() && System.nanoTime() < end) {
            Thread.sleep(10);
        }
    }

    /** Waits until the output contains the text. */
    void awaitOutput(String text, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!output().contains(text) && System.nanoTime() < end) {
            Thread.sleep(10);
        }
    }

    String output() {
        return output.toString(StandardCharsets.UTF_8).replace("\r", "")
                .replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "");
    }

    /**
     * The output as a terminal shows it: on each line, text after a carriage return overwrites from the first
     * column (the prompt that a message printed above it replaces), escape codes removed.
     */
    String screen() {
        StringBuilder screen = new StringBuilder();
        String raw = output.toString(StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "");
        for (String line : raw.split("\n", -1)) {
            StringBuilder shown = new StringBuilder();
            for (String segment : line.split("\r", -1)) {
                for (int i = 0; i < segment.length(); i++) {
                    if (i < shown.length()) {
                        shown.setCharAt(i, segment.charAt(i));
                    } else {
                        shown.append(segment.charAt(i));
                    }
                }
            }
            screen.append(shown).append('\n');
        }
        return screen.toString();
    }

    int exitCode() {
        try {
            return running.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the REPL did not end: " + output(), e);
        }
    }

    /** Ends the input (Ctrl-D at end of stream), waits for the REPL and returns its output. */
    String finish() {
        try {
            keys.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        exitCode();
        return output();
    }

    @Override
    public void close() {
        try {
            keys.close();
        } catch (IOException ignored) {
            // already closed
        }
        repl.context().kernel().close();
        repl.context().journal().close();
    }
}
