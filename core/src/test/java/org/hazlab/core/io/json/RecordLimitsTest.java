package org.hazlab.core.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.incidents.formats.IncidentFormats;
import org.hazlab.core.io.RawTable;
import org.hazlab.core.io.ReadOptions;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.core.workspace.WorkspaceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reading policy's limits (nesting, string, key and number length) reject the record they are broken in,
 * and the records before and after it load: in a workspace table, an openFDA results array and openFDA JSON
 * Lines, each fed a real file with the bad records in the middle of good ones.
 */
class RecordLimitsTest {

    private static final String LONG = "x".repeat(StrictJson.MAX_STRING + 1);

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String arrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String objects(int depth) {
        return "{\"a\": ".repeat(depth) + "1" + "}".repeat(depth);
    }

    private static String event(int key, String extra) {
        return "{\"mdr_report_key\": \"" + key + "\", \"event_type\": \"Malfunction\", \"date_received\": \"20260101\""
                + extra + "}";
    }

    private static void assertPlain(String text) {
        for (String word : List.of("Exception", "StreamReadConstraints", "com.fasterxml", "`")) {
            assertFalse(text.contains(word), text);
        }
    }

    @Test
    void aTableRecordOverALimitIsRejectedAtItsPositionAndTheOthersLoad() throws IOException {
        Path file = write("t.json", String.join("\n",
                "[{\"id\": \"A\"},",
                " {\"id\": \"B\", \"note\": \"" + LONG + "\"},",
                " {\"id\": \"C\"},",
                " {\"id\": \"D\", \"" + LONG + "\": \"k\"},",
                " {\"id\": \"E\", \"n\": " + "9".repeat(StrictJson.MAX_NUMBER + 1) + "},",
                " {\"id\": \"F\", \"deep\": " + arrays(5000) + "},",
                " {\"id\": \"G\", \"deep\": " + objects(100) + "},",
                " " + arrays(100) + ",",
                " {\"id\": \"H\", \"items\": [\"a\", \"b\"]}]", ""));
        RawTable table = new JsonTableReader().read(file, ReadOptions.labelled("t.json"));
        assertEquals(List.of("A", "C", "H"), table.rows().stream().map(r -> r.cells().get(0)).toList());
        assertEquals(List.of(1, 3, 9), table.rows().stream().map(r -> r.line()).toList());
        assertEquals(9, table.rowsRead());
        assertEquals(6, table.rejectedRows());
        List<Problem> problems = table.problems();
        assertEquals(List.of(2, 4, 5, 6, 7, 8), problems.stream().map(p -> p.location().line()).toList());
        problems.forEach(p -> assertEquals("malformed-record", p.code(), p.format()));
        Problem string = problems.get(0);
        assertEquals("record rejected: a string of 1,000,001 characters", string.message());
        assertEquals("a string of at most 1,000,000 characters", string.expected());
        assertEquals(" {\"id\": \"B\", \"note\": ".length() + 1, string.location().column(), string.format());
        assertEquals("record rejected: a key of 1,000,001 characters", problems.get(1).message());
        assertEquals("a number of at most 1,000 digits", problems.get(2).expected());
        // a table's record is flat: a nested value is found before the depth, and the rest is skipped by depth
        assertTrue(problems.get(3).message().contains("nested object"), problems.get(3).format());
        assertTrue(problems.get(4).message().contains("nested object"), problems.get(4).format());
        assertEquals("record rejected: expected an object", problems.get(5).message());
        problems.forEach(p -> assertPlain(p.format()));
    }

    @Test
    void aRecordPastTheSafetyCapFailsTheFileWithItsLocationInPlainWords() throws IOException {
        Path file = write("t.json", "[{\"id\": \"A\"},\n {\"id\": \"B\", \"x\": " + arrays(StrictJson.HARD_NESTING + 5)
                + "}]\n");
        IOException e = assertThrows(IOException.class,
                () -> new JsonTableReader().read(file, ReadOptions.labelled("t.json")));
        assertTrue(e.getMessage().startsWith("t.json:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("nested deeper than 10,000 levels"), e.getMessage());
        assertPlain(e.getMessage());
    }

    @Test
    void aWorkspaceWhoseHazardsHoldATooLongStringLoadsTheOtherHazards() throws Exception {
        write("items.csv", "id\nA\n");
        write("hazards.json", "{\"hazards\": [\n"
                + "  {\"id\": \"H1\", \"items\": \"A\"},\n"
                + "  {\"id\": \"H2\", \"items\": \"A\", \"description\": \"" + LONG + "\"},\n"
                + "  {\"id\": \"H3\", \"items\": [\"A\"], \"extra\": " + objects(200) + "},\n"
                + "  {\"id\": \"H4\", \"items\": \"A\"}\n]}\n");
        write("controls.csv", "id,kind\n");
        Workspace workspace = WorkspaceLoader.load(dir);
        assertEquals(4, workspace.hazards().report().rowsRead());
        assertEquals(2, workspace.hazards().report().loaded());
        List<Problem> rejected = workspace.problemList().stream().filter(p -> p.code().equals("malformed-record"))
                .toList();
        assertEquals(List.of(3, 4), rejected.stream().map(p -> p.location().line()).toList(), rejected.toString());
        assertTrue(rejected.get(0).location().file().endsWith("hazards.json"), rejected.get(0).format());
        assertTrue(rejected.get(0).message().contains("a string of 1,000,001 characters"), rejected.get(0).format());
        assertTrue(rejected.stream().allMatch(Problem::isError));
    }

    @Test
    void anOpenFdaEventOverALimitIsRejectedAloneAndTheEventsAfterItLoad() throws Exception {
        Path file = write("events.json", String.join("\n",
                "{\"meta\": {}, \"results\": [",
                event(1, "") + ",",
                event(2, ", \"device\": [" + arrays(100) + "]") + ",",
                event(3, "") + ",",
                event(4, ", \"device\": " + arrays(5000)) + ",",
                event(5, "") + ",",
                event(6, ", \"mdr_text\": [{\"text\": \"" + LONG + "\"}]") + ",",
                event(7, "") + ",",
                event(8, ", \"patient\": " + objects(100)) + ",",
                event(9, ", \"" + LONG + "\": 1") + ",",
                event(10, ", \"n\": " + "1".repeat(StrictJson.MAX_NUMBER + 1)) + ",",
                event(11, ""),
                "]}", ""));
        ImportResult result = IncidentFormats.read(List.of(file), ImportOptions.defaults(), "openfda");
        assertEquals(11, result.read());
        assertEquals(5, result.loaded());
        assertEquals(result.read(), result.loaded() + result.rejected());
        List<String> loaded = new java.util.ArrayList<>();
        for (int i = 0; i < result.incidents().size(); i++) {
            loaded.add(result.incidents().id(i));
        }
        assertEquals(List.of("1", "3", "5", "7", "11"), loaded);
        List<Problem> rejects = result.rejects();
        assertEquals(List.of(3, 5, 7, 9, 10, 11), rejects.stream().map(p -> p.location().line()).toList(),
                rejects.toString());
        assertEquals("event rejected: nested deeper than 64 levels", rejects.get(0).message());
        assertEquals("at most 64 levels of nesting", rejects.get(0).expected());
        assertEquals("event rejected: a string of 1,000,001 characters", rejects.get(2).message());
        assertEquals("a string of at most 1,000,000 characters", rejects.get(2).expected());
        assertEquals("event rejected: a key of 1,000,001 characters", rejects.get(4).message());
        rejects.forEach(p -> assertEquals("openfda-bad-json", p.code(), p.format()));
        rejects.forEach(p -> assertPlain(p.format()));
    }

    @Test
    void anOpenFdaLineOverALimitRejectsThatLineOnly() throws Exception {
        Path file = write("events.ndjson.json", String.join("\n",
                event(1, ""),
                event(2, ", \"device\": " + arrays(100)),
                event(3, ", \"mdr_text\": [{\"text\": \"" + LONG + "\"}]"),
                event(4, ""), ""));
        ImportResult result = IncidentFormats.read(List.of(file), ImportOptions.defaults(), "openfda");
        assertEquals(4, result.read());
        assertEquals(2, result.loaded());
        assertEquals("4", result.incidents().id(1));
        assertEquals(List.of(2, 3), result.rejects().stream().map(p -> p.location().line()).toList());
        assertTrue(result.rejects().get(1).message().contains("a string of 1,000,001 characters"),
                result.rejects().get(1).format());
        result.rejects().forEach(p -> assertPlain(p.format()));
    }

    @Test
    void anOpenFdaEventPastTheSafetyCapStopsTheFileWithItsLocation() throws IOException {
        Path file = write("events.json", "{\"results\": [\n" + event(1, "") + ",\n"
                + event(2, ", \"device\": " + arrays(StrictJson.HARD_NESTING + 5)) + "\n]}\n");
        IOException e = assertThrows(IOException.class,
                () -> IncidentFormats.read(List.of(file), ImportOptions.defaults(), "openfda"));
        assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());
        assertTrue(e.getMessage().contains("nested deeper than 10,000 levels"), e.getMessage());
        assertPlain(e.getMessage());
    }

    @Test
    void aSingleDocumentOverALimitFailsInPlainWords() {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> StrictJson.mapper().build().readTree(arrays(100)));
        assertEquals("nested deeper than 64 levels", JsonMessages.plain(e));
        JsonProcessingException s = assertThrows(JsonProcessingException.class,
                () -> StrictJson.mapper().build().readTree("[\"" + LONG + "\"]"));
        assertTrue(JsonMessages.plain(s).startsWith("a string of "), JsonMessages.plain(s));
        assertTrue(JsonMessages.plain(s).endsWith("(at most 1,000,000 are read)"), JsonMessages.plain(s));
    }
}
