package org.hazlab.shell.cli;

import java.io.IOException;
import org.hazlab.shell.repl.Palette;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * The palettes of the CLI's two streams, each decided by the one colour policy ({@link Palette#allowed}) for
 * that stream: {@code hazlab classify | less} keeps its errors red on the terminal but writes plain classes into
 * the pipe. Whether a stream is a terminal is asked of JLine (Java 17's {@code System.console()} only answers for
 * stdin and stdout together).
 */
public record OutputStyle(Palette out, Palette err) {

    /** Plain on both streams: output captured by tests, or embedding code. */
    public static final OutputStyle PLAIN = new OutputStyle(Palette.PLAIN, Palette.PLAIN);

    /** The style of this process's standard output and error. */
    public static OutputStyle ofSystemStreams() {
        if (!Palette.allowed(true, System.getenv())) {
            return PLAIN;
        }
        return new OutputStyle(Palette.forStream(isTerminal(SystemStream.Output)),
                Palette.forStream(isTerminal(SystemStream.Error)));
    }

    private static boolean isTerminal(SystemStream stream) {
        try {
            return TerminalProvider.load("exec").isSystemStream(stream);
        } catch (IOException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}
