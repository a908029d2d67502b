package org.hazlab.core.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazlab.core.io.RawTable;
import org.hazlab.core.io.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedTableReaderTest {

    @TempDir
    Path dir;

    private RawTable read(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return new DelimitedTableReader().read(file, ReadOptions.labelled(name));
    }

    @Test
    void shortAndLongRowsAreRejectedWithTheirLine() throws IOException {
        RawTable table = read("t.csv", "a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12,,\n\n13,14,15\n");
        assertEquals(5, table.rowsRead(), "blank lines are not rows");
        assertEquals(3, table.rows().size());
        assertEquals(2, table.rejectedRows());
        assertEquals(List.of(3, 4), table.problems().stream().map(p -> p.location().line()).toList());
        assertEquals(4, table.problems().get(1).location().column(), "the first surplus cell is named");
        assertEquals(List.of("10", "11", "12"), table.rows().get(1).cells(), "trailing empty cells tolerated");
        assertEquals(7, table.rows().get(2).line());
    }

    @Test
    void tsvUsesTabsAndKeepsCommas() throws IOException {
        RawTable table = read("t.tsv", "id\tname\nA\tAlpha, the first\n");
        assertEquals(List.of("id", "name"), table.headers());
        assertEquals("Alpha, the first", table.rows().get(0).cell(1));
    }

    @Test
    void headerMayFollowBlankLinesAndTrailingEmptyHeadersAreDropped() throws IOException {
        RawTable table = read("t.csv", "\n\nid,name,,\nA,B,,\n");
        assertEquals(List.of("id", "name"), table.headers());
        assertEquals(3, table.headerLine());
        assertEquals(List.of("A", "B"), table.rows().get(0).cells());
    }

    @Test
    void emptyFileHasNoHeaderAndNoRows() throws IOException {
        RawTable table = read("empty.csv", "");
        assertTrue(table.headers().isEmpty());
        assertEquals(0, table.rowsRead());
    }
}
