package org.hazlab.core.review.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.generate.IncidentGenerator;
import org.hazlab.core.generate.IncidentProfiles;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.csv.IncidentCsvImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search of the narratives tells its progress (the review's longest step on big files): the bytes searched
 * grow to the narratives' size, from both cores, and the links are those of a search without progress.
 */
class LinkerProgressTest {

    @TempDir
    Path dir;

    @Test
    void theSearchReportsTheBytesItHasReadUpToAllOfThem() throws Exception {
        Path file = dir.resolve("incidents.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            Path profile = Path.of("../datasets/infusion-pump/incident-profile.json");
            IncidentGenerator.generate(IncidentProfiles.read(profile), 3, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2025, 12, 31), 80_000, out);
        }
        IncidentStore store = new IncidentCsvImporter().read(List.of(file), ImportOptions.defaults()).incidents();
        assertTrue(store.size() > 50_000, "big enough to be searched in parts: " + store.size());
        LinkRules rules = LinkRules.builder().keywords("HZ-001", "FREE FLOW")
                .keywords("HZ-010", "LOW RATE OF", "LOW FLOW RATE").build();
        List<long[]> calls = new ArrayList<>();
        Links withProgress = Linker.link(store, rules, (label, done, total) -> {
            assertEquals(Linker.PROGRESS_LABEL, label);
            synchronized (calls) {
                calls.add(new long[] {done, total});
            }
        });
        long total = store.narratives().bytes(0, store.size());
        assertTrue(total > 8L << 20, "several progress steps: " + total);
        assertTrue(calls.size() >= 3, "reported along the way: " + calls.size());
        for (long[] call : calls) {
            assertEquals(total, call[1]);
            assertTrue(call[0] > 0 && call[0] <= total, call[0] + " of " + total);
        }
        assertArrayEquals(new long[] {total, total}, calls.get(calls.size() - 1), "ends at all of it");
        Links without = Linker.link(store, rules);
        assertEquals(without.hazardIds(), withProgress.hazardIds());
        for (int row = 0; row < store.size(); row++) {
            assertArrayEquals(without.hazardsOf(row), withProgress.hazardsOf(row), "row " + row);
        }
    }
}
