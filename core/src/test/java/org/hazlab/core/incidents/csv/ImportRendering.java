package org.hazlab.core.incidents.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.incidents.IncidentCounts;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.IncidentTables;
import org.hazlab.core.problem.Problem;

/**
 * A whole {@link ImportResult} as lines of text (counts, every problem with its location, every code with its
 * number, every row's fields, code numbers and narrative, the counts by month x product x event type, and for
 * small stores the table view), so that two imports of one file can be compared field by field and a difference
 * is reported at its first line rather than as two unequal objects.
 */
final class ImportRendering {

    private ImportRendering() {
    }

    static List<String> render(ImportResult result) {
        List<String> out = new ArrayList<>();
        out.add("format " + result.format());
        out.add("read " + result.read() + " loaded " + result.loaded() + " rejected " + result.rejected());
        for (ImportResult.FileCount count : result.files()) {
            out.add("file " + count);
        }
        for (Problem problem : result.problems()) {
            out.add("problem " + problem.severity() + " " + problem.code() + " " + problem.location() + " | "
                    + problem.message() + " | " + problem.value() + " | " + problem.expected() + " | "
                    + problem.hint() + " | " + problem.related() + " | " + problem.format());
        }
        IncidentStore store = result.incidents();
        out.add("rows " + store.size() + " files " + store.files() + " codes " + store.codeCount());
        for (int code = 0; code < store.codeCount(); code++) {
            out.add("code " + code + " " + store.codeText(code));
        }
        for (int row = 0; row < store.size(); row++) {
            out.add("row " + row + " " + store.location(row) + " id=" + store.id(row) + " received="
                    + store.receivedDay(row) + " event=" + store.eventDay(row) + " type=" + store.eventType(row)
                    + " product=" + store.productCodeId(row) + ":" + store.productCode(row) + " problem="
                    + store.problemCodeId(row) + ":" + store.problemCode(row) + " hazards=" + store.hazardListId(row)
                    + ":" + store.explicitHazards(row) + " items=" + store.explicitItemsId(row) + ":"
                    + store.explicitItems(row) + " outcome=" + store.outcomeId(row) + ":" + store.outcome(row)
                    + " source=" + store.sourceId(row) + ":" + store.source(row));
            out.add("incident " + row + " " + store.incident(row));
            out.add("narrative " + row + " " + store.narrative(row));
        }
        List<String> visited = new ArrayList<>();
        store.narratives().forEach((row, bytes, offset, length) -> visited.add("bytes " + row + " "
                + new String(bytes, offset, length, StandardCharsets.UTF_8)));
        out.addAll(visited);
        out.add(IncidentCounts.countBy(store, List.of("month", "product_code", "event_type")).printAll());
        if (store.size() < 5000) {
            out.add(IncidentTables.view(store).printAll());
        }
        return out;
    }

    /** Asserts the two renderings are equal, naming the first line that differs. */
    static void assertSame(ImportResult expected, ImportResult actual) {
        List<String> a = render(expected);
        List<String> b = render(actual);
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            assertEquals(a.get(i), b.get(i), "line " + i + " of the rendering");
        }
        assertEquals(a.size(), b.size(), "lines in the rendering");
    }
}
