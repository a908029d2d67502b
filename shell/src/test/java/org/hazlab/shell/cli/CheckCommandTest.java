package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final String BROKEN = "../core/src/test/resources/workspaces/broken";

    @TempDir
    Path dir;

    private Path validWorkspace() throws IOException {
        Files.writeString(dir.resolve("items.csv"), "id,name\nA,Alarm manager\n");
        Files.writeString(dir.resolve("hazards.csv"), "id,items,severity,probability\nH1,A,Minor,Remote\n");
        Files.writeString(dir.resolve("controls.csv"), "id,kind\n");
        return dir;
    }

    @Test
    void aValidWorkspaceExitsZeroWithItsSummary() throws IOException {
        CommandRun run = CommandRun.of("check", validWorkspace().toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("OK: the workspace is valid"), run.out());
        assertTrue(run.out().contains("Minor              1"), run.out());
    }

    @Test
    void anInvalidWorkspaceExitsOneAndListsEveryProblem() {
        CommandRun run = CommandRun.of("check", BROKEN);
        assertEquals(ExitCodes.FAILED, run.exitCode());
        assertTrue(run.out().contains("hazard-log.csv:3:3: error [unknown-level]"), run.out());
        assertTrue(run.out().endsWith("INVALID: 17 errors to fix\n"), run.out());
    }

    @Test
    void jsonFormatIsMachineReadable() throws IOException {
        CommandRun run = CommandRun.of("check", "--format", "json", BROKEN);
        assertEquals(ExitCodes.FAILED, run.exitCode());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(17, json.get("errors").asInt());
        assertEquals("Broken on purpose", json.get("workspace").asText());
    }

    @Test
    void aMissingFolderIsInvalidInputNotACrash() {
        CommandRun run = CommandRun.of("check", dir.resolve("absent").toString());
        assertEquals(ExitCodes.FAILED, run.exitCode());
        assertTrue(run.err().contains("error [no-workspace]: no such folder"), run.err());
        assertTrue(!run.err().contains("Exception"), run.err());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CommandRun run = CommandRun.of("check", "--format", "xml", BROKEN);
        assertEquals(ExitCodes.USAGE, run.exitCode());
        assertTrue(run.err().contains("--format"), run.err());
    }
}
