package org.hazlab.dsl.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hazlab.dsl.session.Cell;
import org.hazlab.dsl.session.CellParser;
import org.hazlab.dsl.session.CellResult;
import org.hazlab.dsl.session.Session;
import org.hazlab.dsl.session.SessionOptions;
import org.junit.jupiter.api.Test;

class NotebookRoundTripTest {

    private static final String SCRIPT = "// %% [markdown]\n// # Title\n// %%\ndef a = 1\nprintln a\n// %%\n\na + 1\n";

    @Test
    void aWrittenNotebookReadsBackAsTheSameCellsCountingLinesInEachCell() {
        List<Cell> cells = CellParser.parse(SCRIPT);
        Session session = new Session(SessionOptions.forScript("s.groovy"));
        List<CellResult> results = cells.stream().map(session::evaluate).toList();
        String json = NotebookWriter.write("s.groovy", cells, results, Map.of("p", "v"), null);
        assertEquals(cells.stream().map(c -> new Cell(c.index(), c.kind(), c.source(), 1)).toList(),
                NotebookReader.read(json));
        assertTrue(json.contains("\"text/plain\" : [ \"2\" ]"), json);
        assertTrue(json.matches("(?s).*\"parameters\" : \\{\\s*\"p\" : \"v\"\\s*}.*"), json);
    }

    @Test
    void foreignNotebooksAreReadCellByCell() {
        String json = """
                {"nbformat": 4, "nbformat_minor": 4, "metadata": {}, "cells": [
                  {"cell_type": "markdown", "metadata": {}, "source": ["# T\\n", "text"]},
                  {"cell_type": "raw", "metadata": {}, "source": "skipped"},
                  {"cell_type": "code", "metadata": {}, "source": "x = 1", "outputs": [], "execution_count": null}
                ]}
                """;
        List<Cell> cells = NotebookReader.read(json);
        assertEquals(List.of(new Cell(0, Cell.Kind.MARKDOWN, "# T\ntext", 1), new Cell(1, Cell.Kind.CODE, "x = 1", 1)),
                cells);
    }

    @Test
    void failedAndInterruptedCellsAreMarkedAndReadBackAsSkipped() {
        List<Cell> cells = CellParser.parse("// %%\nx = 1\n// %%\nnosuch()\n// %% [interrupted]\nwhile (true) {}\n");
        assertEquals(Cell.INTERRUPTED, cells.get(2).skip());
        Session session = new Session(SessionOptions.forScript("s.groovy"));
        List<CellResult> results = List.of(session.evaluate(cells.get(0)), session.evaluate(cells.get(1)));
        List<Cell> read = NotebookReader.read(NotebookWriter.write("s.groovy", cells, results, Map.of(), null));
        assertEquals(java.util.Arrays.asList(null, Cell.FAILED, Cell.INTERRUPTED),
                read.stream().map(Cell::skip).toList());
        assertEquals(CellParser.parse(CellParser.format(read)).stream().map(Cell::skip).toList(),
                read.stream().map(Cell::skip).toList(), "the percent format keeps the marks");
    }

    @Test
    void somethingElseIsNotANotebook() {
        assertThrows(IllegalArgumentException.class, () -> NotebookReader.read("{\"cells\": 3}"));
        assertThrows(IllegalArgumentException.class, () -> NotebookReader.read("not json"));
    }

    @Test
    void aNotebookWithADuplicatedKeyOrTrailingContentIsRefusedWithItsLine() {
        String good = NotebookWriter.write("s.groovy", List.of(new Cell(0, Cell.Kind.CODE, "x = 1", 1)), List.of(),
                Map.of(), null);
        String duplicated = good.replaceFirst("\"source\" : \\[ \"x = 1\" ]",
                "\"source\" : [ \"x = 1\" ], \"source\" : [ \"x = 2\" ]");
        assertTrue(duplicated.contains("x = 2"), duplicated);
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> NotebookReader.read(duplicated));
        int line = duplicated.substring(0, duplicated.indexOf("x = 2")).split("\n", -1).length;
        assertTrue(twice.getMessage().startsWith("line " + line + ", column "), twice.getMessage());
        assertTrue(twice.getMessage().contains("the key \"source\" appears twice"), twice.getMessage());
        IllegalArgumentException pasted = assertThrows(IllegalArgumentException.class,
                () -> NotebookReader.read(good + good));
        assertTrue(pasted.getMessage().contains("content after the end"), pasted.getMessage());
        for (String message : List.of(twice.getMessage(), pasted.getMessage())) {
            assertFalse(message.contains("`") || message.contains("com.fasterxml"), message);
        }
    }

    @Test
    void multilineStringsFollowNbformat() {
        assertEquals(List.of("a\n", "b"), NotebookWriter.lines("a\nb"));
        assertEquals(List.of("a\n"), NotebookWriter.lines("a\n"));
        assertEquals(List.of(), NotebookWriter.lines(""));
    }
}
