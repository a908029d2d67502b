package org.hazlab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hazlab.dsl.render.NumberText;
import org.hazlab.dsl.render.TableFitter;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Tables fitted to a terminal: columns left out with a note, head and tail with a count, numbers formatted. */
class TableFitterTest {

    @Test
    void wideTablesLoseColumnsWithANote() {
        Table table = Table.create("wide");
        for (int c = 0; c < 12; c++) {
            table.addColumns(StringColumn.create("column_" + c, "value of a fairly long cell " + c));
        }
        String text = new TableFitter(80, 10).fit(table);
        for (String line : text.split("\n")) {
            assertTrue(line.length() <= 80, line);
        }
        assertTrue(text.contains("not shown (too wide): column_2"), text);
    }

    @Test
    void longTablesShowHeadAndTail() {
        double[] values = new double[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = i * 1000.5;
        }
        String text = new TableFitter(80, 6).fit(Table.create("long", DoubleColumn.create("x", values)));
        assertTrue(text.contains("… 994 more rows …"), text);
        assertTrue(text.contains("999,499.5"), text);
        assertTrue(text.contains("(1,000 rows × 1 column)"), text);
    }

    @Test
    void numbersAreFormattedTheSameEverywhere() {
        assertEquals("1,234,567", NumberText.format(1234567));
        assertEquals("0.3333", NumberText.format(1.0 / 3));
        assertEquals("1.5E-7", NumberText.format(1.5e-7));
    }

    @Test
    void aLargeViewShowsTheSameTextAsItsWholeTableBuildingOnlyTheRowsShown() throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of("../datasets/infusion-pump/incidents.csv");
        org.hazlab.dsl.Incidents incidents = org.hazlab.dsl.Incidents.of(
                org.hazlab.core.incidents.formats.IncidentFormats.read(java.util.List.of(file),
                        org.hazlab.core.incidents.ImportOptions.defaults(), null));
        int[] rowsBuilt = {0};
        org.hazlab.core.whatif.TableView counted = new org.hazlab.core.whatif.TableView() {
            @Override
            public Table table() {
                throw new AssertionError("the whole table was built");
            }

            @Override
            public int rowCount() {
                return incidents.rowCount();
            }

            @Override
            public Table tableOfRows(java.util.function.IntPredicate rows) {
                Table some = incidents.tableOfRows(rows);
                rowsBuilt[0] += some.rowCount();
                return some;
            }
        };
        for (int width : new int[] {80, 140}) {
            TableFitter fitter = new TableFitter(width, 20);
            String whole = fitter.fit(incidents.table());
            assertEquals(whole, fitter.fit(counted), "the view prints exactly what its whole table prints");
            assertTrue(whole.contains(NumberText.format(incidents.rowCount() - 20) + " more rows"), whole);
        }
        assertEquals(40, rowsBuilt[0], "20 rows per fit, no more");
        String html = org.hazlab.dsl.render.Display.html(counted);
        assertEquals(org.hazlab.dsl.render.Display.html(incidents.table()), html, "notebook HTML: the same");
        assertTrue(html.contains("<p>60 of " + NumberText.format(incidents.rowCount()) + " rows</p>"), html);
        assertEquals(100, rowsBuilt[0], "60 rows for the HTML");
        assertEquals(incidents.table().columnCount(), incidents.columnCount());
        String shown = new TableFitter(80, 20).fit(incidents);
        assertTrue(shown.startsWith("2,128 incidents (csv): 2,128 read, 2,128 loaded, 0 rejected\n"), shown);
        String first = new TableFitter(60, 5).page(incidents, 0, 5, true);
        String next = new TableFitter(60, 5).page(incidents, 5, 10, false);
        assertTrue(first.contains("(not shown (too wide): ") && !first.contains("rows ×"), first);
        assertTrue(!next.contains("not shown") && !next.contains("rows ×"), next);
        assertEquals(2 + 5 + 2, first.split("\n").length, "header, rule, 5 rows, the note (wrapped)\n" + first);
        assertEquals(incidents.caption() + "\n" + new TableFitter(120, 40).fit(incidents.table()),
                incidents.toString(), "the caption above the rows the whole table shows");
    }
}
