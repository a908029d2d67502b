package org.hazlab.core.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.incidents.formats.IncidentFormats;
import org.hazlab.core.policy.RiskPolicies;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.core.workspace.WorkspaceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one JSON reading policy, fed real damaged files: every case is a located error, nothing lost silently. */
class StrictReadingTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aDuplicatedKeyInPolicyJsonIsALocatedError() throws Exception {
        String policy = Files.readString(Path.of("../datasets/infusion-pump/policy.json"));
        int brace = policy.indexOf('{');
        Path file = write("policy.json", policy.substring(0, brace + 1) + "\n  \"name\": \"first\", \"name\": \"again\","
                + policy.substring(brace + 1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RiskPolicies.read(file, "policy.json"));
        Problem problem = e.problems().get(0);
        assertTrue(problem.message().contains("name") || String.valueOf(problem.value()).contains("name"),
                problem.format());
        assertEquals(2, problem.location().line(), problem.format());
    }

    @Test
    void aWorkspaceTableWithASecondDocumentAfterTheFirstIsRefused() throws Exception {
        write("items.csv", "id\nA\n");
        String hazards = "[{\"id\": \"H1\", \"items\": \"A\"}]\n";
        write("hazards.json", hazards + hazards);
        write("controls.csv", "id,kind\n");
        Workspace workspace = WorkspaceLoader.load(dir);
        assertTrue(workspace.problemList().stream().anyMatch(p -> p.isError()
                && p.message().contains("content after the end") && p.message().contains(":2:")),
                workspace.problemList().toString());
    }

    @Test
    void openFdaRejectsANonObjectElementAtItsPositionAndKeepsTheRest() throws Exception {
        Path file = write("events.json", """
                {"meta": {}, "results": [
                  {"mdr_report_key": "1", "event_type": "Malfunction", "date_received": "20260101"},
                  42,
                  {"mdr_report_key": "2", "event_type": ["Death"], "date_received": "20260102"},
                  {"mdr_report_key": "3", "event_type": "Injury", "event_type": "Malfunction"},
                  {"mdr_report_key": "4", "event_type": "Injury", "date_received": "20260103"}
                ]}
                """);
        ImportResult result = IncidentFormats.read(List.of(file), ImportOptions.defaults(), null);
        assertEquals(5, result.read());
        assertEquals(3, result.loaded());
        assertEquals(result.read(), result.loaded() + result.rejected());
        assertEquals(EventType.DEATH, result.incidents().eventType(1), "[\"Death\"] is a death");
        assertEquals("4", result.incidents().id(2));
        List<String> where = result.rejects().stream().map(p -> p.code() + "@" + p.location().line()).toList();
        assertEquals(List.of("openfda-not-an-object@3", "openfda-bad-json@5"), where);
    }

    @Test
    void oneBadLineOfNdjsonRejectsThatLineOnly() throws Exception {
        Path file = write("events.ndjson.json", """
                {"mdr_report_key": "1", "event_type": "Malfunction"}
                {"mdr_report_key": "2", "event_type": "Death"
                {"mdr_report_key": "3", "event_type": "Injury"}
                """);
        ImportResult result = IncidentFormats.read(List.of(file), ImportOptions.defaults(), "openfda");
        assertEquals(3, result.read());
        assertEquals(2, result.loaded());
        assertEquals(2, result.rejects().get(0).location().line());
    }

    @Test
    void aTruncatedGzipNamesTheFileAndTheRecordsReadBeforeTheDamage() throws Exception {
        StringBuilder json = new StringBuilder("{\"results\": [");
        for (int i = 0; i < 2000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"mdr_report_key\": \"").append(i)
                    .append("\", \"event_type\": \"Malfunction\", \"date_received\": \"20260101\"}");
        }
        json.append("]}");
        Path whole = dir.resolve("whole.json.gz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            out.write(json.toString().getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("device-event.json.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        IOException e = assertThrows(IOException.class,
                () -> IncidentFormats.read(List.of(cut), ImportOptions.defaults(), null));
        assertTrue(e.getMessage().startsWith(cut.toString()), e.getMessage());
        assertTrue(e.getMessage().matches(".* after [0-9]+ records.*"), e.getMessage());
    }

    @Test
    void policyContentErrorsCarryLineAndColumn() throws Exception {
        String policy = Files.readString(Path.of("../datasets/infusion-pump/policy.json"));
        String broken = policy.replaceFirst("\"unacceptableFrom\"\\s*:\\s*\"[^\"]*\"", "\"unacceptableFrom\": \"Q\"");
        Path file = write("policy.json", broken);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RiskPolicies.read(file, "policy.json"));
        Problem problem = e.problems().get(0);
        int line = broken.substring(0, broken.indexOf("\"unacceptableFrom\"")).split("\n", -1).length;
        assertEquals(line, problem.location().line(), problem.format());
        assertTrue(problem.location().column() > 0, problem.format());
    }

    @Test
    void aValueOfTheWrongKindIsSaidInJsonWordsNotJavaTypes() throws Exception {
        String policy = Files.readString(Path.of("../datasets/infusion-pump/policy.json"));
        String[][] cases = {
            {"\"unacceptableFrom\": \"M\"", "\"unacceptableFrom\": [\"M\"]", "expected a text value \"...\", found a list [...]"},
            {"\"upTo\": 1e-6", "\"upTo\": \"tiny\"", "expected a number, found the text \"tiny\""},
            {"\"upTo\": 1e-6", "\"upTo\": true", "expected a number, found a true/false value"},
            {"\"severity\": [", "\"severity\": {", "expected a list [...], found an object {...}"},
            {"\"aliases\": [\"S1\", \"Neg\", \"Negl\"]", "\"aliases\": {\"a\": 1}", "expected a list [...], found an object {...}"},
        };
        for (String[] c : cases) {
            assertTrue(policy.contains(c[0]), c[0]);
            String broken = policy.replace(c[0], c[1]);
            Path file = write("policy.json", broken);
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> RiskPolicies.read(file, "policy.json"));
            String text = e.problems().get(0).format();
            assertTrue(text.contains(c[2]), c[1] + " -> " + text);
            int line = broken.substring(0, broken.indexOf(c[1])).split("\n", -1).length;
            assertEquals(line, e.problems().get(0).location().line(), text);
            for (String leak : List.of("java.", "`", "JsonToken", "Cannot deserialize", "ArrayList")) {
                assertFalse(text.contains(leak), leak + " in " + text);
            }
        }
    }

    @Test
    void probabilityBandsWhoseBoundsDoNotIncreaseAreRejected() throws Exception {
        Path file = write("policy.json", """
                {"name": "bands",
                 "severity": [{"name": "Minor", "harm": "non-serious-injury"}, {"name": "Severe", "harm": "death"}],
                 "probability": [{"name": "Rare", "upTo": 0.001},
                                 {"name": "Often", "upTo": 0.0001}],
                 "zones": [{"name": "L"}, {"name": "H"}],
                 "unacceptableFrom": "H",
                 "matrix": {"Rare": "L H", "Often": "H H"}}
                """);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RiskPolicies.read(file, "policy.json"));
        Problem problem = e.problems().stream().filter(p -> p.message().contains("band")).findFirst()
                .orElseThrow(() -> new AssertionError(e.problems().toString()));
        assertEquals(4, problem.location().line(), problem.format());
    }

    @Test
    void nulBytesInIdsAreRejectedAndFilesOutsideTheWorkspaceWarned() throws Exception {
        Files.write(dir.resolve("items.csv"), "id\nA\nB\u0000X\n".getBytes(StandardCharsets.UTF_8));
        write("hazards.csv", "id,items\nH1,A\n");
        write("controls.csv", "id,kind\n");
        Path outside = Files.createDirectories(dir.resolve("elsewhere")).resolve("incidents.csv");
        Files.writeString(outside, "id,event_type\n1,death\n2\u0000,injury\n");
        Path ws = Files.createDirectories(dir.resolve("ws"));
        Files.move(dir.resolve("items.csv"), ws.resolve("items.csv"));
        Files.move(dir.resolve("hazards.csv"), ws.resolve("hazards.csv"));
        Files.move(dir.resolve("controls.csv"), ws.resolve("controls.csv"));
        Files.writeString(ws.resolve("workspace.json"), "{\"incidents\": [\"../elsewhere/incidents.csv\"]}");
        Workspace workspace = WorkspaceLoader.load(ws);
        List<Problem> problems = workspace.problemList();
        assertTrue(problems.stream().anyMatch(p -> p.isError() && p.location().file().endsWith("items.csv")
                && p.location().line() == 3), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.code().equals("bad-id") && p.location().line() == 3),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.code().equals("file-outside-workspace")
                && p.message().contains("../elsewhere/incidents.csv")), problems.toString());
        assertEquals(1, workspace.incidentStore().size());
    }

    @Test
    void aRecordWithADuplicatedKeyInAJsonTableIsRejectedAloneAtItsLine() throws Exception {
        write("items.csv", "id\nA\n");
        write("hazards.json", """
                [{"id": "H1", "items": "A"},
                 {"id": "H2", "items": "A", "id": "H3"},
                 {"id": "H4", "items": "A"}]
                """);
        write("controls.csv", "id,kind\n");
        Workspace workspace = WorkspaceLoader.load(dir);
        assertEquals(3, workspace.hazards().report().rowsRead());
        assertEquals(2, workspace.hazards().report().loaded());
        Problem problem = workspace.problemList().stream().filter(p -> p.message().contains("appears twice"))
                .findFirst().orElseThrow(() -> new AssertionError(workspace.problemList().toString()));
        assertEquals(2, problem.location().line(), problem.format());
    }

    @Test
    void aPolicyWithATooLongStringIsALocatedErrorInPlainWords() throws Exception {
        Path file = write("policy.json", "{\"name\": \"long\",\n \"matrix\": {\"a\": \""
                + "x".repeat(StrictJson.MAX_STRING + 1) + "\"}}\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RiskPolicies.read(file, "policy.json"));
        Problem problem = e.problems().get(0);
        assertEquals(2, problem.location().line(), problem.format());
        assertEquals(" \"matrix\": {\"a\": ".length() + 1, problem.location().column(), problem.format());
        assertTrue(problem.message().contains("a string of 1,000,001 characters"), problem.format());
        assertTrue(!problem.format().contains("StreamReadConstraints") && !problem.format().contains("`"),
                problem.format());
    }
}
