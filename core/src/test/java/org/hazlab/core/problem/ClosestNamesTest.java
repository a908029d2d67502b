package org.hazlab.core.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestNamesTest {

    @Test
    void theIntendedNameComesFirst() {
        List<String> ids = List.of("IPC", "IPC-UI", "IPC-ALM", "IPC-LOG", "IPC-COMM", "IPC-BATT", "IPC-PUMP");
        assertEquals("IPC-BATT", ClosestNames.of("IPC-BAT", ids, 3).get(0));
        assertEquals(List.of("hazards"), ClosestNames.of("hazrds", List.of("hazards", "items", "controls"), 3));
        assertEquals(List.of("rowCount"), ClosestNames.of("rowCont", List.of("rowCount", "columnCount", "print"), 3));
    }

    @Test
    void farNamesAreNotSuggested() {
        assertEquals(List.of(), ClosestNames.of("xyz", List.of("hazards", "items"), 3));
        assertEquals("", ClosestNames.didYouMean("xyz", List.of("hazards")));
    }

    @Test
    void orderedPutsCloseIdsBeforeTheRest() {
        assertEquals(List.of("IPC-BATT", "A", "B"), ClosestNames.ordered("IPC-BAT", List.of("A", "IPC-BATT", "B")));
    }
}
