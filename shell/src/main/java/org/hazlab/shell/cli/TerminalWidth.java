package org.hazlab.shell.cli;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The width of the terminal standard output goes to, asked of the terminal itself (JLine), so that tables printed
 * by {@code hazlab run} fit it even when {@code COLUMNS} is not exported; 0 when the output is piped or redirected.
 */
final class TerminalWidth {

    private TerminalWidth() {
    }

    static int ofStdout() {
        if (System.console() == null) {
            return 0;
        }
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true)
                .nativeSignals(false).build()) {
            int width = terminal.getWidth();
            if (width > 0) {
                return width;
            }
        } catch (java.io.IOException | RuntimeException e) {
            // fall back to COLUMNS
        }
        return ofEnvironment();
    }

    /**
     * The width for a progress line on stderr: the terminal's when standard output is on it too, else
     * {@code COLUMNS}, else 80 (a line longer than the terminal would wrap instead of being rewritten in place).
     */
    static int forProgress(int stdoutWidth) {
        if (stdoutWidth > 0) {
            return stdoutWidth;
        }
        int columns = ofEnvironment();
        return columns > 0 ? columns : 80;
    }

    /** {@code COLUMNS} when the shell exports it, else 0. */
    private static int ofEnvironment() {
        try {
            return Math.max(0, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "0").strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
