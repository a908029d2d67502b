package org.hazlab.shell.cli;

/**
 * The exit codes every hazlab command uses, documented in docs/user-guide.md so that schedulers and CI jobs
 * can act on them.
 */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** Invalid input (a workspace with errors, an unreadable file) or a failed run. */
    public static final int FAILED = 1;
    /** The command line itself was wrong: unknown option, missing argument. */
    public static final int USAGE = 2;
    /** The run completed and reported findings ({@code hazlab run}: {@code fail 'reason'} or findings). */
    public static final int FINDINGS = 3;

    private ExitCodes() {
    }
}
