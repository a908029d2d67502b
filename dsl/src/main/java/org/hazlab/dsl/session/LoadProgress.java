package org.hazlab.dsl.session;

import org.hazlab.core.incidents.ImportProgress;

/**
 * Where a session's long loads (the {@code incidents} word, {@code workspace} with big incident files) report
 * how far they have got. The DSL has no terminal: a front end that has one (the REPL, {@code hazlab run} on a
 * console) sets a progress display here with {@link #use}; otherwise loads are silent.
 */
public final class LoadProgress {

    private volatile ImportProgress progress = ImportProgress.NONE;
    private volatile Runnable finish = () -> { };

    /** Shows progress with {@code display} and calls {@code done} when a load ends (to end the line). */
    public void use(ImportProgress display, Runnable done) {
        this.progress = display == null ? ImportProgress.NONE : display;
        this.finish = done == null ? () -> { } : done;
    }

    public ImportProgress progress() {
        return progress;
    }

    public void finished() {
        finish.run();
    }
}
