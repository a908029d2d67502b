package org.hazlab.shell.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.hazlab.core.generate.IncidentGenerator;
import org.hazlab.core.generate.IncidentProfiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress of a long load through the real launcher: shown on stderr when stderr is a terminal (a real
 * pseudo-terminal, src/test/pty/pty_session.py) even though the script's output goes to a file, as in
 * {@code hazlab run review.groovy > review.txt}; never written into the output, and absent when stderr is not a
 * terminal. {@code -Dhazlab.progress.delayMillis=0} shows the line at once instead of after a second.
 */
class CliProgressIT {

    private static final Path LAUNCHER = Path.of("..", "hazlab").toAbsolutePath().normalize();
    private static final Path PROFILE = Path.of("..", "datasets", "infusion-pump", "incident-profile.json")
            .toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void aLoadShowsItsProgressOnTheTerminalWhileTheOutputGoesToAFile() throws Exception {
        Assumptions.assumeTrue(PtyHarness.available(), "no python3 to open a pseudo-terminal");
        Path incidents = dir.resolve("incidents.csv");
        try (Writer out = Files.newBufferedWriter(incidents)) {
            IncidentGenerator.generate(IncidentProfiles.read(PROFILE), 7, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2025, 12, 31), 70_000, out);
        }
        Path script = Files.writeString(dir.resolve("count.groovy"),
                "def loaded = incidents(param('file', 'none'))\nprintln \"rows: ${loaded.rowCount()}\"\n");
        String command = "'" + LAUNCHER + "' run count.groovy -p file=incidents.csv > out.txt; echo \"exit $?\"";

        ProcessBuilder onTerminal = new ProcessBuilder("python3", PtyHarness.SCRIPT.toString(), "--timeout", "90",
                "--prompt", "exit ", "--", "bash", "-c", command).directory(dir.toFile());
        onTerminal.environment().put("HAZLAB_JAVA_OPTS", "-Dhazlab.progress.delayMillis=0");
        onTerminal.environment().put("TERM", "xterm-256color");
        Path transcript = dir.resolve("pty.txt");
        Process process = onTerminal.redirectOutput(transcript.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the pty session did not end");
        String terminal = Files.readString(transcript, StandardCharsets.UTF_8);
        assertTrue(terminal.contains("loading incidents.csv 100% ("), terminal);
        assertTrue(terminal.contains("exit 0"), terminal);
        String output = Files.readString(dir.resolve("out.txt"));
        assertTrue(output.matches("(?s).*rows: \\d{5}\\s*"), output);
        assertFalse(output.contains("loading") || output.contains("\r"), "no progress in the output: " + output);

        ProcessBuilder piped = new ProcessBuilder(LAUNCHER.toString(), "run", "count.groovy", "-p",
                "file=incidents.csv").directory(dir.toFile())
                .redirectOutput(dir.resolve("piped-out.txt").toFile())
                .redirectError(dir.resolve("piped-err.txt").toFile());
        piped.environment().put("HAZLAB_JAVA_OPTS", "-Dhazlab.progress.delayMillis=0");
        Process plain = piped.start();
        assertTrue(plain.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, plain.exitValue());
        assertEquals(output, Files.readString(dir.resolve("piped-out.txt")));
        String errors = Files.readString(dir.resolve("piped-err.txt"));
        assertFalse(errors.contains("loading"), "no progress when stderr is not a terminal: " + errors);
    }
}
