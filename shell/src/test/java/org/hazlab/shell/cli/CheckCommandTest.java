package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void theAuditorFindingsOfClassifyAreCheckWarnings() throws IOException {
        CommandRun run = CommandRun.of("check", "../datasets/infusion-pump");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("controls.csv:3:5: warning [control-without-effect]: control 'RC-HW-02'"),
                run.out());
        assertTrue(run.out().contains("warning [recorded-class-below-computed]: item 'IPC-INFO'"), run.out());
        assertTrue(run.out().contains("warning [class-rests-on-one-control]: item 'IPC-WDG' class A rests on the single "
                + "external control 'RC-HW-01'"), run.out());
        assertTrue(run.out().contains("0 errors, 4 warnings"), run.out());
        Path ws = dir.resolve("findings");
        Files.createDirectories(ws);
        Files.writeString(ws.resolve("items.csv"), "id,name,parent,recorded_class\nP,Parent,,C\nK,Kid,P,A\n");
        Files.writeString(ws.resolve("hazards.csv"), "id,items,severity,probability,controls\nH1,K,Serious,Remote,RC1\n");
        Files.writeString(ws.resolve("controls.csv"), "id,kind,external,reduces,reduces_to,implemented_by\n"
                + "RC1,hardware,yes,probability,Improbable,K\n");
        JsonNode json = new ObjectMapper().readTree(CommandRun.of("check", "--format", "json", ws.toString()).out());
        assertTrue(json.get("valid").asBoolean());
        List<String> codes = new java.util.ArrayList<>();
        json.get("problems").forEach(p -> codes.add(p.get("code").asText()));
        assertTrue(codes.contains("external-control-in-software"), codes.toString());
        assertTrue(codes.contains("implicit-segregation-without-rationale"), codes.toString());
        assertEquals(codes.size(), json.get("warnings").asInt(), codes.toString());
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
