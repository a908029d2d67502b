package org.hazlab.shell.progress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.hazlab.core.incidents.ImportProgress;

/**
 * Shows how far a load has got on one terminal line, rewritten in place, but only once the load has taken longer
 * than a delay (a second) and only when enabled (the output is a terminal): quick loads, logs of scheduled runs
 * and piped shell transcripts stay clean. {@link #finish} ends the line, so that what is printed next starts on a
 * line of its own; the next load waits for the delay again. The line is kept narrower than the terminal, so the
 * carriage return always goes back to its start. (A small class of our own: me.tongfei:progressbar clashes with
 * JLine 4.) Calls may come from a loading thread.
 */
public final class ProgressLine implements ImportProgress {

    /** How long a load runs before its progress shows. */
    public static final Duration DELAY = Duration.ofSeconds(1);

    private static final long EVERY_NANOS = 200_000_000L;
    private static final int SHORTEST_LABEL = 8;

    private final PrintWriter out;
    private final boolean enabled;
    private final long delayNanos;
    private final int width;
    private final LongSupplier clock;
    private long start;
    private boolean started;
    private long lastShown;
    private int lastLength;
    private boolean shown;
    private boolean open;

    /**
     * @param out     where the line goes (stderr, or the shell's terminal)
     * @param enabled false for output that is not a terminal: then nothing is ever written
     * @param delay   how long a load runs before the line shows ({@link #DELAY}; zero in tests)
     * @param width   the terminal's columns, or 0 when unknown (the line is then not shortened)
     */
    public ProgressLine(PrintWriter out, boolean enabled, Duration delay, int width) {
        this(out, enabled, delay, width, System::nanoTime);
    }

    ProgressLine(PrintWriter out, boolean enabled, Duration delay, int width, LongSupplier clock) {
        this.out = out;
        this.enabled = enabled;
        this.delayNanos = delay.toNanos();
        this.width = width;
        this.clock = clock;
    }

    /**
     * Progress on stderr when it is a terminal, whether or not standard output is ({@code hazlab run x.groovy >
     * out.txt} still shows its loads), otherwise none. The line shows after {@link #DELAY}, or after
     * {@code -Dhazlab.progress.delayMillis} when that is set (0: at once).
     *
     * @param width the terminal's columns, or 0 when unknown (the line is then not shortened)
     */
    public static ProgressLine forStderr(PrintWriter err, boolean stderrIsTerminal, int width) {
        long delayMillis = Math.max(0, Long.getLong("hazlab.progress.delayMillis", DELAY.toMillis()));
        return new ProgressLine(err, stderrIsTerminal, Duration.ofMillis(delayMillis), width);
    }

    @Override
    public synchronized void progress(String label, long done, long total) {
        if (!due(done == total)) {
            return;
        }
        String amount = total > 0
                ? String.format(Locale.ROOT, "%3d%% (%,d of %,d MB)", done * 100 / total, done >> 20, total >> 20)
                : String.format(Locale.ROOT, "%,d MB", done >> 20);
        show("loading " + fitted(label, "loading ", amount) + " " + amount);
    }

    /** Shows a step with nothing to count ({@code reviewing 2026-Q3: triggers}), under the same delay. */
    @Override
    public synchronized void step(String what) {
        if (due(true)) {
            show(fitted(what, "", ""));
        }
    }

    /** Whether to write now: enabled, past the delay, and not within 200 ms of the last line unless {@code last}. */
    private boolean due(boolean last) {
        if (!enabled) {
            return false;
        }
        long now = clock.getAsLong();
        if (!started) {
            started = true;
            start = now;
        }
        if (now - start < delayNanos || open && now - lastShown < EVERY_NANOS && !last) {
            return false;
        }
        lastShown = now;
        return true;
    }

    private void show(String text) {
        shown = true;
        open = true;
        out.print("\r" + text + " ".repeat(Math.max(0, lastLength - text.length())));
        out.flush();
        lastLength = text.length();
    }

    /** The label, its start cut off if the whole line would not fit in one column less than the terminal. */
    private String fitted(String label, String before, String amount) {
        if (width <= 0) {
            return label;
        }
        int room = width - 1 - before.length() - (amount.isEmpty() ? 0 : 1 + amount.length());
        if (label.length() <= room) {
            return label;
        }
        int keep = Math.max(SHORTEST_LABEL, room) - 3;
        return "..." + label.substring(Math.max(0, label.length() - keep));
    }

    /** Ends the progress line, if one is showing; the next load starts its delay afresh. */
    public synchronized void finish() {
        if (open) {
            out.println();
            out.flush();
        }
        open = false;
        started = false;
        lastLength = 0;
    }

    /** Whether the line was ever shown. */
    public synchronized boolean wasShown() {
        return shown;
    }
}
