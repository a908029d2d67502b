package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateIncidentsCommandTest {

    private static final String PUMP = "../datasets/infusion-pump";

    @TempDir
    Path dir;

    @Test
    void regeneratesTheBundledIncidentsByteForByte() throws IOException {
        Path out = dir.resolve("incidents.csv");
        CommandRun run = CommandRun.of("generate", "incidents", PUMP, "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertArrayEquals(Files.readAllBytes(Path.of(PUMP, "incidents.csv")), Files.readAllBytes(out));
        assertTrue(run.err().contains("seed 62304"), run.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void rowsScaleTheRatesAndOptionsOverrideTheProfile() throws IOException {
        Path out = dir.resolve("scaled.csv");
        CommandRun run = CommandRun.of("generate", "incidents", PUMP, "--rows", "5000", "--seed", "7",
                "--from", "2025-01-01", "--to", "2025-12-31", "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> lines = Files.readAllLines(out);
        long records = lines.stream().filter(line -> line.startsWith("IPC-")).count();
        assertTrue(records > 4700 && records < 5300, "about 5000 rows, got " + records);
        assertTrue(lines.get(1).contains(",2025-01-01,"), lines.get(1));
    }

    @Test
    void standardOutputWithDash() {
        CommandRun run = CommandRun.of("generate", "incidents", PUMP, "--rows", "50", "--out", "-");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("id,date_received,event_date,event_type"), run.out());
    }

    @Test
    void badOptionsAreUsageErrorsAndABadProfileIsInvalidInput() throws IOException {
        assertEquals(ExitCodes.USAGE, CommandRun.of("generate", "incidents", PUMP).exitCode(), "--out is required");
        assertEquals(ExitCodes.USAGE, CommandRun.of("generate", "incidents", PUMP, "--from", "2026-01-01",
                "--to", "2025-01-01", "--out", dir.resolve("x.csv").toString()).exitCode());
        assertEquals(ExitCodes.USAGE, CommandRun.of("generate").exitCode());
        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\"name\": \"x\", \"colour\": 1}");
        Path out = dir.resolve("never.csv");
        CommandRun run = CommandRun.of("generate", "incidents", "--profile", profile.toString(),
                "--out", out.toString());
        assertEquals(ExitCodes.FAILED, run.exitCode());
        assertTrue(run.err().contains("profile.json"), run.err());
        assertFalse(Files.exists(out));
    }
}
