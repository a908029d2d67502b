package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifyCommandTest {

    private static final String TRAINING = "../datasets/training";
    private static final String PUMP = "../datasets/infusion-pump";

    @Test
    void textListsEveryItemWithItsClassIndentedByHierarchy() {
        CommandRun run = CommandRun.of("classify", TRAINING);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("IEC 62304:2006+A1:2015\n"), run.out());
        assertTrue(run.out().contains("\n    HUM-HEAT  C      class C because hazard HZ-1"), run.out());
        assertTrue(run.out().contains("\n    HUM-DISP  B      class B because"), run.out());
    }

    @Test
    void explainOneItemPrintsItsPathAndTheActivitiesItsClassRequires() {
        CommandRun run = CommandRun.of("classify", PUMP, "--item", "IPC-LOG", "--explain");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("Item IPC-LOG (Event logger) is class A."), run.out());
        assertTrue(run.out().contains("activities required for class A (42 clauses"), run.out());
        assertFalse(run.out().contains("IPC-UI-KEY"), "only the asked item is shown");
    }

    @Test
    void jsonIsTheStableDocument() throws IOException {
        CommandRun run = CommandRun.of("classify", PUMP, "--format", "json");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("hazlab-classification", json.get("format").asText());
        assertEquals("C", json.get("system").get("class").asText());
        assertEquals(24, json.get("items").size());
        assertEquals(run.out(), CommandRun.of("classify", PUMP, "--format", "json").out(), "same input, same bytes");
    }

    @Test
    void allSchemesSideBySide() throws IOException {
        CommandRun text = CommandRun.of("classify", "../datasets/diagnostic-support", "--scheme", "all");
        assertEquals(ExitCodes.OK, text.exitCode(), text.err());
        assertTrue(text.out().contains("62304-2006"), text.out());
        assertTrue(text.out().contains("Enhanced"), text.out());
        JsonNode json = new ObjectMapper().readTree(
                CommandRun.of("classify", PUMP, "--scheme", "all", "--format", "json", "--item", "IPC").out());
        assertEquals(5, json.get("results").size());
        assertEquals(0, json.get("results").get(0).get("items").size(), "the system alone");
    }

    private static final String CONTESTED = "../core/src/test/resources/workspaces/diagnostic-contested";

    @Test
    void theHarmReadingIsAnOptionWrittenIntoEveryOutputWithContestedItems() throws IOException {
        CommandRun byDefault = CommandRun.of("classify", CONTESTED);
        assertEquals(ExitCodes.OK, byDefault.exitCode(), byDefault.err());
        assertTrue(byDefault.out().contains("Options: harm after-controls"), byDefault.out());
        assertTrue(byDefault.out().contains("\n  ALG   B      class B because hazard H-FN can cause non-serious injury "
                + "(Minor, after external controls)"), byDefault.out());
        assertTrue(byDefault.out().contains("C?     contested: C if the harm is judged before-controls"), byDefault.out());
        CommandRun conservative = CommandRun.of("classify", CONTESTED, "--harm", "before-controls");
        assertTrue(conservative.out().contains("Options: harm before-controls"), conservative.out());
        assertTrue(conservative.out().contains("\n  ALG   C      class C because"), conservative.out());
        JsonNode json = new ObjectMapper().readTree(CommandRun.of("classify", CONTESTED, "--format", "json",
                "--harm", "conservative", "--credit-labelling").out());
        assertEquals("before-controls", json.get("options").get("harm").asText());
        assertTrue(json.get("options").get("creditLabelling").asBoolean());
        JsonNode alg = json.get("items").get(0);
        assertEquals("C", alg.get("class").asText());
        assertEquals("B", alg.get("contested").get("class").asText());
        assertEquals("after-controls", alg.get("contested").get("reading").asText());
        assertEquals(3, json.get("hazards").get(1).get("contributions").size());
        String md = CommandRun.of("classify", CONTESTED, "--format", "md", "--explain").out();
        assertTrue(md.contains("*Options in force:* harm after-controls"), md);
        assertTrue(md.contains("**Contested:** judged before-controls, ALG would be class C."), md);
        CommandRun bad = CommandRun.of("classify", CONTESTED, "--harm", "sometimes");
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertTrue(bad.err().contains("unknown harm reading 'sometimes'"), bad.err());
    }

    @Test
    void jsonCarriesTheAuditorFindings() throws IOException {
        JsonNode json = new ObjectMapper().readTree(CommandRun.of("classify", PUMP, "--format", "json").out());
        List<String> codes = new java.util.ArrayList<>();
        json.get("findings").forEach(f -> codes.add(f.get("code").asText()));
        assertEquals(List.of("control-without-effect", "recorded-class-below-computed", "class-rests-on-one-control",
                "class-rests-on-one-control"), codes);
        assertEquals("controls.csv", json.get("findings").get(0).get("location").asText().replaceAll(".*/", "")
                .replaceAll(":.*", ""));
        JsonNode all = new ObjectMapper().readTree(CommandRun.of("classify", PUMP, "--format", "json", "--scheme",
                "all").out());
        assertEquals(codes.size(), all.get("findings").size());
        assertEquals("not applicable", all.get("results").get(2).get("system").get("class").asText());
        assertEquals("IIb", all.get("results").get(3).get("system").get("class").asText());
    }

    @Test
    void markdownHasATable() {
        CommandRun run = CommandRun.of("classify", TRAINING, "--format", "md");
        assertTrue(run.out().contains("| HUM-HEAT |"), run.out());
    }

    @Test
    void errorsAreMessagesWithTheRightExitCode() {
        CommandRun unknownItem = CommandRun.of("classify", TRAINING, "--item", "NOPE");
        assertEquals(ExitCodes.FAILED, unknownItem.exitCode());
        assertTrue(unknownItem.err().contains("no item 'NOPE'"), unknownItem.err());
        CommandRun invalid = CommandRun.of("classify", "../core/src/test/resources/workspaces/broken");
        assertEquals(ExitCodes.FAILED, invalid.exitCode());
        assertTrue(invalid.err().contains("is not valid (17 errors)"), invalid.err());
        assertEquals(ExitCodes.USAGE, CommandRun.of("classify", TRAINING, "--scheme", "iso").exitCode());
    }

    @Test
    void auditorFindingsFollowTheClassesWithTheRowsInvolved() {
        CommandRun run = CommandRun.of("classify", PUMP);
        assertTrue(run.out().contains("\nAuditor findings\n"), run.out());
        assertTrue(run.out().contains("items.csv:25:8: warning [recorded-class-below-computed]: item 'IPC-INFO'"),
                run.out());
        assertFalse(CommandRun.of("classify", PUMP, "--format", "json").out().contains("Auditor findings"));
    }
}
