package org.hazlab.shell.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher's colour on a real pseudo-terminal (src/test/pty/pty_session.py): class C is marked when
 * {@code hazlab classify} writes to a terminal, plain under {@code NO_COLOR=1}, and plain when piped.
 */
class CliColourIT {

    private static final Path LAUNCHER = Path.of("..", "hazlab").toAbsolutePath().normalize();
    private static final Path EXAMPLE = Path.of("..", "datasets", "infusion-pump").toAbsolutePath().normalize();
    private static final String CLASS_C = "\u001b[1;31mC\u001b[0m";

    @TempDir
    Path dir;

    @Test
    void classCIsColouredOnATerminalOnly() throws Exception {
        Assumptions.assumeTrue(PtyHarness.available(), "no python3 to open a pseudo-terminal");
        String terminal = onPty(Map.of());
        assertTrue(terminal.contains(CLASS_C), terminal);
        String noColor = onPty(Map.of("NO_COLOR", "1"));
        assertTrue(noColor.contains("IPC-DOSE") && !noColor.contains("\u001b["), noColor);
        Process piped = new ProcessBuilder(LAUNCHER.toString(), "classify", EXAMPLE.toString())
                .redirectOutput(dir.resolve("piped.txt").toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(piped.waitFor(120, TimeUnit.SECONDS));
        String plain = Files.readString(dir.resolve("piped.txt"));
        assertEquals(0, piped.exitValue());
        assertTrue(plain.contains("IPC-DOSE"), plain);
        assertFalse(plain.contains("\u001b["), plain);
    }

    private String onPty(Map<String, String> env) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3", PtyHarness.SCRIPT.toString(), "--timeout", "90",
                "--prompt", "IPC-WDG", "--", LAUNCHER.toString(), "classify", EXAMPLE.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().put("TERM", "xterm-256color");
        builder.environment().remove("NO_COLOR");
        builder.environment().putAll(env);
        Path out = dir.resolve("pty.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the pty session did not end");
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
