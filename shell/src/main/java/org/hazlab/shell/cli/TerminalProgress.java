package org.hazlab.shell.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.hazlab.core.incidents.ImportProgress;

/**
 * Shows how far a load has got on one stderr line, rewritten in place, but only once the load has taken more
 * than a second and only when stderr is a terminal: quick loads and logs of scheduled runs stay clean.
 * (A small class of our own: me.tongfei:progressbar clashes with JLine 4.) Public so that other shell commands
 * and the REPL can pass it to importers ({@code ImportOptions.withProgress}).
 */
public final class TerminalProgress implements ImportProgress {

    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastShown;
    private boolean shown;
    private boolean finished;

    TerminalProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    /** Progress on stderr when it is a terminal (the JVM has a console), otherwise none. */
    public static TerminalProgress forStderr(PrintWriter err) {
        return new TerminalProgress(err, System.console() != null);
    }

    @Override
    public void progress(String label, long done, long total) {
        long now = System.nanoTime();
        if (!enabled || now - start < DELAY_NANOS || now - lastShown < EVERY_NANOS && done != total) {
            return;
        }
        lastShown = now;
        shown = true;
        finished = false;
        String amount = total > 0
                ? String.format(Locale.ROOT, "%3d%% (%,d of %,d MB)", done * 100 / total, done >> 20, total >> 20)
                : String.format(Locale.ROOT, "%,d MB", done >> 20);
        err.print("\rloading " + label + " " + amount + "   ");
        err.flush();
    }

    /** Ends the progress line, if one was shown. */
    public void finish() {
        if (shown && !finished) {
            err.println();
            err.flush();
        }
        finished = true;
    }

    boolean wasShown() {
        return shown;
    }
}
