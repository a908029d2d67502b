package org.hazlab.shell.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code ./hazlab} launcher under a real pseudo-terminal (Python's {@code pty} module through
 * {@code src/test/pty/pty_session.py}): the JLine terminal opens, the prompt appears, a typed cell prints its
 * result, {@code :quit} ends it. Skipped only when no Python 3 is there to provide the pty.
 */
class ReplPtyIT {

    private static final Path LAUNCHER = Path.of("..", "hazlab").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void aCellTypedAtTheTerminalPrintsItsResult() throws Exception {
        Assumptions.assumeTrue(PtyHarness.available(), "no python3 to open a pseudo-terminal");
        ProcessBuilder builder = new ProcessBuilder(List.of("python3", PtyHarness.SCRIPT.toString(), "--timeout", "90",
                "--type", "def dose = 6 * 7", "--type", "dose + 0", "--type", ":quit", "--", LAUNCHER.toString()))
                .directory(dir.toFile());
        builder.environment().put("HAZLAB_STATE", dir.resolve("state").toString());
        builder.environment().put("TERM", "xterm-256color");
        builder.environment().remove("NO_COLOR");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the pty session did not end");
        String transcript = Files.readString(out, StandardCharsets.UTF_8).replace("\r", "")
                .replaceAll("\u001b\\[[0-9;?]*[A-Za-z]|\u001b[=>]", "");
        String timing = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), transcript + timing);
        assertTrue(transcript.contains("[1]>"), transcript);
        assertTrue(transcript.contains("[2]>"), transcript);
        assertTrue(transcript.contains("\n42\n"), transcript);
        assertTrue(transcript.contains("Variables: ws, items"), transcript);
        assertTrue(timing.contains("prompt_seconds="), timing);
        System.out.println("ReplPtyIT " + timing.strip());
    }
}
