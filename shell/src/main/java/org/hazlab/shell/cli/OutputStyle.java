package org.hazlab.shell.cli;

import java.io.IOException;
import org.hazlab.shell.repl.Palette;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * The palettes of the CLI's two streams, each decided by the one colour policy ({@link Palette#allowed}) for
 * that stream: {@code hazlab classify | less} keeps its errors red on the terminal but writes plain classes into
 * the pipe. Whether a stream is a terminal is what the launcher says ({@code -Dhazlab.stdout.terminal},
 * {@code -Dhazlab.stderr.terminal}: bash's {@code test -t} costs nothing), else it is asked of JLine (Java 17's
 * {@code System.console()} only answers for stdin and stdout together), whose exec provider extracts a native
 * library and starts processes: about 80 ms on the critical path of every command.
 */
public record OutputStyle(Palette out, Palette err) {

    /** Plain on both streams: output captured by tests, or embedding code. */
    public static final OutputStyle PLAIN = new OutputStyle(Palette.PLAIN, Palette.PLAIN);

    /** The style of this process's standard output and error. */
    public static OutputStyle ofSystemStreams() {
        if (!Palette.allowed(true, System.getenv())) {
            return PLAIN;
        }
        return new OutputStyle(
                Palette.forStream(isTerminal(SystemStream.Output, System.getProperty("hazlab.stdout.terminal"))),
                Palette.forStream(isTerminal(SystemStream.Error, System.getProperty("hazlab.stderr.terminal"))));
    }

    /** Whether standard error is a terminal (where the progress of long loads is shown). */
    static boolean stderrIsTerminal() {
        return isTerminal(SystemStream.Error, System.getProperty("hazlab.stderr.terminal"));
    }

    /** Whether {@code stream} is a terminal: {@code told} when it is "true" or "false", else JLine's answer. */
    static boolean isTerminal(SystemStream stream, String told) {
        if ("true".equals(told) || "false".equals(told)) {
            return Boolean.parseBoolean(told);
        }
        try {
            return TerminalProvider.load("exec").isSystemStream(stream);
        } catch (IOException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}
