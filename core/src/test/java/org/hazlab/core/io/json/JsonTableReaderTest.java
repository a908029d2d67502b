package org.hazlab.core.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazlab.core.io.RawTable;
import org.hazlab.core.io.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonTableReaderTest {

    @TempDir
    Path dir;

    private RawTable read(String json) throws IOException {
        Path file = dir.resolve("t.json");
        Files.writeString(file, json);
        return new JsonTableReader().read(file, ReadOptions.labelled("t.json"));
    }

    @Test
    void wrappedArrayOfObjectsWithListsNumbersAndNulls() throws IOException {
        RawTable table = read("""
                {"comment": "ignored", "hazards": [
                  {"id": "H1", "items": ["A", "B"], "severity": 4},
                  {"id": "H2", "notes": null, "extra": true}
                ]}
                """);
        assertEquals(List.of("id", "items", "severity", "notes", "extra"), table.headers());
        assertEquals(List.of("H1", "A; B", "4", "", ""), table.rows().get(0).cells());
        assertEquals(List.of("H2", "", "", "", "true"), table.rows().get(1).cells());
        assertEquals(2, table.rows().get(0).line());
        assertEquals(3, table.rows().get(1).line());
    }

    @Test
    void nestedObjectRejectsItsRecordOnly() throws IOException {
        RawTable table = read("""
                [
                  {"id": "A"},
                  {"id": "B", "owner": {"name": "x"}},
                  "not an object"
                ]
                """);
        assertEquals(3, table.rowsRead());
        assertEquals(1, table.rows().size());
        assertEquals(2, table.rejectedRows());
        assertEquals(3, table.problems().get(0).location().line());
    }

    @Test
    void invalidJsonNamesLineAndColumn() throws IOException {
        IOException e = assertThrows(IOException.class, () -> read("[\n {\"id\": \"A\",,}\n]"));
        assertTrue(e.getMessage().startsWith("t.json:2:"), e.getMessage());
    }
}
