package org.hazlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.workspace.WorkspaceSchemas;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;

class TypedTableLoaderTest {

    private static RawTable raw(List<String> headers, List<List<String>> rows) {
        List<Integer> columns = new ArrayList<>();
        for (int i = 1; i <= headers.size(); i++) {
            columns.add(i);
        }
        List<RawRow> rawRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            rawRows.add(new RawRow(i + 2, rows.get(i)));
        }
        return new RawTable("t.csv", headers, columns, 1, rawRows, 0, List.of(), "UTF-8");
    }

    @Test
    void excelHeadersMapOntoFieldsWithoutAManifest() {
        LoadedTable table = TypedTableLoader.load(raw(
                List.of("Hazard ID", "Software Items", "Sev.", "Prob.", "Risk Controls", "Owner"),
                List.of(List.of("H1", "A, B;C", "S4", "P2", "RC1", "Ann"))), WorkspaceSchemas.HAZARDS, Map.of());
        assertEquals("H1", table.table().stringColumn("id").get(0));
        assertEquals("A; B; C", table.table().stringColumn("items").get(0));
        assertEquals("S4", table.table().stringColumn("severity").get(0));
        assertEquals("Ann", table.table().stringColumn("Owner").get(0), "unknown headers are kept");
        assertEquals(List.of("Owner"), table.report().extraColumns());
        assertEquals(3, table.columnOf("severity").orElseThrow());
        assertEquals("t.csv:2:3", table.location(0, "severity").toString());
    }

    @Test
    void explicitMappingWinsOverAliases() {
        LoadedTable table = TypedTableLoader.load(raw(List.of("Ref", "Gravity"), List.of(List.of("H1", "Minor"))),
                WorkspaceSchemas.HAZARDS, Map.of("Gravity", "severity"));
        assertEquals("Minor", table.table().stringColumn("severity").get(0));
        assertEquals("H1", table.table().stringColumn("id").get(0), "'Ref' is a known alias of id");
    }

    @Test
    void everySchemaFieldIsAColumnOfItsDeclaredType() {
        LoadedTable table = TypedTableLoader.load(raw(List.of("id"), List.of(List.of("R1"))),
                WorkspaceSchemas.INCIDENTS, Map.of());
        assertEquals(ColumnType.LOCAL_DATE, table.table().column("date_received").type());
        assertEquals(ColumnType.STRING, table.table().column("narrative").type());
        assertTrue(table.table().dateColumn("date_received").isMissing(0));
    }

    @Test
    void badCellsRejectTheirRowAndEveryBadCellIsReported() {
        LoadedTable table = TypedTableLoader.load(raw(List.of("id", "date_received", "event_type"), List.of(
                        List.of("R1", "2026-02-01", "M"),
                        List.of("R2", "2026-02-30", "boom"),
                        List.of("", "2026-02-03", "D"),
                        List.of("R4", "", "IN"))),
                WorkspaceSchemas.INCIDENTS, Map.of());
        LoadReport report = table.report();
        assertEquals(4, report.rowsRead());
        assertEquals(2, report.loaded());
        assertEquals(2, report.rejected());
        assertEquals(report.rowsRead(), report.loaded() + report.rejected());
        List<String> where = report.problems().stream().map(p -> p.location().toString()).toList();
        assertEquals(List.of("t.csv:3:2", "t.csv:3:3", "t.csv:4:1"), where);
        assertEquals("malfunction", table.table().stringColumn("event_type").get(0));
        assertEquals("injury", table.table().stringColumn("event_type").get(1));
        assertEquals(LocalDate.of(2026, 2, 1), table.table().dateColumn("date_received").get(0));
        assertEquals(List.of(2, 5), List.of(table.lineOf(0), table.lineOf(1)));
    }

    @Test
    void missingRequiredColumnRejectsEveryRowWithOneProblem() {
        LoadedTable table = TypedTableLoader.load(raw(List.of("name"), List.of(List.of("a"), List.of("b"))),
                WorkspaceSchemas.ITEMS, Map.of());
        assertEquals(0, table.report().loaded());
        assertEquals(2, table.report().rejected());
        List<Problem> problems = table.report().problems();
        assertEquals(1, problems.size());
        assertEquals("missing-column", problems.get(0).code());
        assertTrue(problems.get(0).hint().contains("workspace.json"));
    }

    @Test
    void mappingToUnknownFieldOrMissingHeaderIsReported() {
        LoadedTable table = TypedTableLoader.load(raw(List.of("id"), List.of(List.of("A"))), WorkspaceSchemas.ITEMS,
                Map.of("Colour", "colour", "Label", "name"));
        List<String> codes = table.report().problems().stream().map(Problem::code).sorted().toList();
        assertEquals(List.of("mapped-header-missing", "unknown-field"), codes);
        assertEquals(1, table.report().loaded());
    }

    @Test
    void twoHeadersForOneFieldKeepTheSecondAsExtra() {
        LoadedTable table = TypedTableLoader.load(raw(List.of("id", "Item ID"), List.of(List.of("A", "B"))),
                WorkspaceSchemas.ITEMS, Map.of());
        assertEquals("duplicate-column", table.report().problems().get(0).code());
        assertEquals("A", table.table().stringColumn("id").get(0));
        assertEquals("B", table.table().stringColumn("Item ID").get(0));
        assertFalse(table.report().hasErrors(), "an ambiguous header is a warning, not an error");
    }

    @Test
    void yesNoSpellings() {
        LoadedTable table = TypedTableLoader.load(raw(List.of("id", "segregated"), List.of(
                List.of("A", "Yes"), List.of("B", "x"), List.of("C", "N"), List.of("D", ""))),
                WorkspaceSchemas.ITEMS, Map.of());
        var column = table.table().booleanColumn("segregated");
        assertEquals(List.of(true, true, false), List.of(column.get(0), column.get(1), column.get(2)));
        assertTrue(column.isMissing(3));
    }
}
