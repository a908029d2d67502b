package org.hazlab.shell.launcher;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The pseudo-terminal the end-to-end tests run the launcher on ({@code src/test/pty/pty_session.py}, Python's
 * {@code pty}), so that what a person at a terminal sees is what is tested.
 */
final class PtyHarness {

    /** The harness script. */
    static final Path SCRIPT = Path.of("src", "test", "pty", "pty_session.py").toAbsolutePath();

    private PtyHarness() {
    }

    /** Whether python3 with its pty module is here (the tests are skipped, not failed, without it). */
    static boolean available() {
        try {
            Process probe = new ProcessBuilder("python3", "-c", "import pty").start();
            return probe.waitFor(20, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
