package org.hazlab.dsl.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellParserTest {

    @Test
    void scriptWithoutMarkersIsOneCell() {
        List<Cell> cells = CellParser.parse("def x = 1\nprintln x\n");
        assertEquals(1, cells.size());
        assertEquals(new Cell(0, Cell.Kind.CODE, "def x = 1\nprintln x", 1), cells.get(0));
    }

    @Test
    void percentMarkersSplitCellsAndKeepLines() {
        String text = """
                // %% [markdown]
                // # Title
                // Some *words*.
                // %%
                def x = 1
                // %% second
                x + 1
                """;
        List<Cell> cells = CellParser.parse(text);
        assertEquals(3, cells.size());
        assertEquals(new Cell(0, Cell.Kind.MARKDOWN, "# Title\nSome *words*.", 2), cells.get(0));
        assertEquals(new Cell(1, Cell.Kind.CODE, "def x = 1", 5), cells.get(1));
        assertEquals(new Cell(2, Cell.Kind.CODE, "x + 1", 7), cells.get(2));
    }

    @Test
    void textBeforeTheFirstMarkerIsACell() {
        List<Cell> cells = CellParser.parse("@BaseScript HazlabScript h\n// %%\nprintln 1\n");
        assertEquals(2, cells.size());
        assertEquals(1, cells.get(0).firstLine());
        assertEquals("println 1", cells.get(1).source());
        assertEquals(3, cells.get(1).firstLine());
    }

    @Test
    void formatIsTheInverseOfParse() {
        String text = "// %% [markdown]\n// # T\n//\n// x\n// %%\nprintln 1\n";
        assertEquals(text, CellParser.format(CellParser.parse(text)));
    }

    @Test
    void windowsLineEndsAreAccepted() {
        List<Cell> cells = CellParser.parse("// %%\r\na = 1\r\n// %%\r\nb = 2\r\n");
        assertEquals(List.of("a = 1", "b = 2"), cells.stream().map(Cell::source).toList());
    }
}
