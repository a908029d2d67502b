package org.hazlab.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hazlab.core.classify.activities.Activity;
import org.hazlab.core.classify.activities.ActivityCatalogue;
import org.hazlab.core.classify.activities.ActivityChange;
import org.hazlab.core.classify.registry.Classifications;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tech.tablesaw.api.Table;

class ActivityCatalogueTest {

    private static final ActivityCatalogue TABLE = ActivityCatalogue.iec62304();

    @ParameterizedTest(name = "{0} applies to {1}")
    @CsvSource({
            "4.3, A B C", "5.1.1, A B C", "5.1.3, A B C", "5.1.4, C", "5.1.5, B C", "5.1.9, A B C", "5.1.12, B C",
            "5.2.3, B C", "5.2.6, A B C", "5.3.1, B C", "5.3.5, C", "5.3.6, B C", "5.4.1, B C", "5.4.4, C",
            "5.5.1, A B C", "5.5.4, C", "5.5.5, B C", "5.6.8, B C", "5.7.1, A B C", "5.7.5, A B C",
            "5.8.3, B C", "5.8.8, A B C", "6.2, A B C", "7.1, B C", "7.3, B C", "7.4.1, A B C", "7.4.3, B C",
            "8.2, A B C", "9.6, A B C"})
    void tableA1(String clause, String classes) {
        Activity activity = TABLE.all().stream().filter(a -> a.clause().equals(clause)).findFirst().orElseThrow();
        assertEquals(classes, activity.classesWords());
        assertTrue(!activity.title().isBlank());
    }

    @Test
    void countsPerClass() {
        assertEquals(78, TABLE.all().size());
        assertEquals(42, TABLE.requiredFor(SafetyClass.A).size());
        assertEquals(72, TABLE.requiredFor(SafetyClass.B).size());
        assertEquals(78, TABLE.requiredFor(SafetyClass.C).size());
    }

    @Test
    void addedAndDroppedBetweenClasses() {
        ActivityChange bToC = TABLE.change(SafetyClass.B, SafetyClass.C);
        assertEquals(List.of("5.1.4", "5.3.5", "5.4.2", "5.4.3", "5.4.4", "5.5.4"),
                bToC.added().stream().map(Activity::clause).toList());
        assertTrue(bToC.dropped().isEmpty());
        ActivityChange cToA = TABLE.change(SafetyClass.C, SafetyClass.A);
        assertTrue(cToA.added().isEmpty());
        assertEquals(36, cToA.dropped().size());
        Table table = cToA.table();
        assertEquals(36, table.rowCount());
        assertEquals("dropped", table.stringColumn("change").get(0));
        assertEquals("5.1.4", table.stringColumn("clause").get(0));
    }

    @Test
    void activitiesOfAnItemFollowItsClass() {
        ClassificationResult result = Classifications.run(TestModels.decompositionExample(true).build());
        assertEquals(42, TABLE.requiredFor(result, "X").size());
        assertEquals(72, TABLE.requiredFor(result, "W").size());
        assertEquals(78, TABLE.requiredFor(result, "SYS").size());
        ClassificationResult imdrf = Classifications.run(TestModels.decompositionExample(true).build(), "imdrf");
        assertThrows(IllegalArgumentException.class, () -> TABLE.requiredFor(imdrf, "X"));
        assertEquals(List.of("clause", "title", "process", "classes"), TABLE.table(SafetyClass.A).columnNames());
    }
}
