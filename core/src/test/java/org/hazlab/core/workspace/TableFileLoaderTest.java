package org.hazlab.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hazlab.core.io.LoadedTable;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableFileLoaderTest {

    @TempDir
    Path dir;

    private static WorkspaceManifest.FileEntry entry(String encoding, String delimiter, String dateFormat) {
        return new WorkspaceManifest.FileEntry("f", Map.of("Received", "date_received"), encoding, delimiter, null,
                dateFormat);
    }

    @Test
    void settingsApplyToTheRead() throws Exception {
        Path file = Files.writeString(dir.resolve("reports.txt"), "id;Received\nR1;31.03.2025\n");
        LoadedTable table = TableFileLoader.load(WorkspaceSchemas.INCIDENTS, file, "reports.txt",
                entry("UTF-8", ";", "dd.MM.yyyy"), "workspace.json");
        assertEquals(LocalDate.of(2025, 3, 31), table.table().dateColumn("date_received").get(0));
        assertEquals(1, table.report().loaded());
    }

    @Test
    void everyBadSettingIsReportedAtOnceWhereItWasWritten() throws Exception {
        Path file = Files.writeString(dir.resolve("reports.csv"), "id\nR1\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TableFileLoader.load(
                WorkspaceSchemas.INCIDENTS, file, "reports.csv", entry("klingon", "::", "qqq'"), "script.groovy"));
        assertEquals(List.of("bad-manifest", "bad-manifest", "bad-manifest"),
                e.problems().stream().map(Problem::code).toList());
        assertEquals("script.groovy", e.problems().get(0).location().file());
    }

    @Test
    void aMissingOrForeignFileIsInvalidInput() throws Exception {
        InvalidInputException missing = assertThrows(InvalidInputException.class, () -> TableFileLoader.load(
                WorkspaceSchemas.ITEMS, dir.resolve("nope.csv"), "nope.csv", entry(null, null, null), "x"));
        assertEquals("missing-file", missing.problems().get(0).code());
        Path pdf = Files.writeString(dir.resolve("items.pdf"), "%PDF");
        InvalidInputException foreign = assertThrows(InvalidInputException.class, () -> TableFileLoader.load(
                WorkspaceSchemas.ITEMS, pdf, "items.pdf", entry(null, null, null), "x"));
        assertEquals("unsupported-format", foreign.problems().get(0).code());
    }
}
