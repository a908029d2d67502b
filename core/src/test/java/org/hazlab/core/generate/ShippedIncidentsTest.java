package org.hazlab.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hazlab.core.io.RawRow;
import org.hazlab.core.io.RawTable;
import org.hazlab.core.io.ReadOptions;
import org.hazlab.core.io.csv.DelimitedTableReader;
import org.junit.jupiter.api.Test;

/**
 * The committed {@code datasets/infusion-pump/incidents.csv} is exactly what the documented command produces, and
 * it carries the planted HZ-010 trend. Run with {@code -Dhazlab.regenerate=true} to rewrite the file after
 * changing the profile (see datasets/infusion-pump/README.md).
 */
class ShippedIncidentsTest {

    private static final Path PROFILE = TestProfiles.INFUSION_PUMP.resolve("incident-profile.json");

    @Test
    void profileRecordsTheDocumentedGeneration() throws Exception {
        GenerationDefaults run = IncidentProfiles.read(PROFILE).generationDefaults().orElseThrow();
        assertEquals(new GenerationDefaults(62304, LocalDate.of(2023, 10, 1), LocalDate.of(2026, 9, 30), 0,
                "incidents.csv"), run, "datasets/infusion-pump/README.md documents these values");
    }

    @Test
    void committedFileIsWhatTheGeneratorWrites() throws Exception {
        IncidentProfile profile = IncidentProfiles.read(PROFILE);
        GenerationDefaults run = profile.generationDefaults().orElseThrow();
        Path incidents = TestProfiles.INFUSION_PUMP.resolve(run.output());
        StringWriter out = new StringWriter();
        GenerationSummary summary = IncidentGenerator.generate(profile, run.seed(), run.from(), run.to(),
                run.targetRows(), out);
        if (Boolean.getBoolean("hazlab.regenerate")) {
            try (Writer file = Files.newBufferedWriter(incidents, StandardCharsets.UTF_8)) {
                file.write(out.toString());
            }
            System.out.println("wrote " + incidents + ": " + summary.rows() + " rows " + summary.rowsByStream());
        }
        String committed = Files.readString(incidents, StandardCharsets.UTF_8);
        assertEquals(IncidentGeneratorTest.sha256(out.toString()), IncidentGeneratorTest.sha256(committed),
                "incidents.csv differs from the generator's output; regenerate it with "
                        + "mvn -q -B -pl core test -Dtest=ShippedIncidentsTest -Dhazlab.regenerate=true");
        assertTrue(summary.rows() >= 2000, "rows: " + summary.rows());
    }

    @Test
    void occlusionAtLowRatesRisesThrough2026() throws Exception {
        IncidentProfile linked = TestProfiles.allLinked(IncidentProfiles.read(PROFILE));
        GenerationDefaults run = linked.generationDefaults().orElseThrow();
        Path file = Files.createTempFile("incidents", ".csv");
        try {
            Files.writeString(file, TestProfiles.generate(linked, run.seed(), run.from(), run.to(), 0), StandardCharsets.UTF_8);
            RawTable table = new DelimitedTableReader().read(file, ReadOptions.labelled("incidents.csv"));
            QuarterCounts trend = QuarterCounts.of(table, "HZ-010");
            assertTrue(trend.in("2026-Q3") >= 3 * trend.mean2024(), trend.toString());
            assertTrue(trend.in("2026-Q3") > trend.in("2026-Q2"), trend.toString());
            QuarterCounts flat = QuarterCounts.of(table, "HZ-012");
            assertTrue(flat.in("2026-Q3") < 1.6 * flat.mean2024(), flat.toString());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void profileNamesOnlyHazardsAndItemsOfTheWorkspace() throws Exception {
        Set<String> hazards = ids(TestProfiles.INFUSION_PUMP.resolve("hazard-log.csv"), "Hazard ID");
        Set<String> items = ids(TestProfiles.INFUSION_PUMP.resolve("items.csv"), "id");
        for (IncidentStream stream : IncidentProfiles.read(PROFILE).streams()) {
            stream.hazardId().ifPresent(h -> assertTrue(hazards.contains(h), "unknown hazard " + h));
            stream.items().forEach(i -> assertTrue(items.contains(i), stream.label() + ": unknown item " + i));
        }
    }

    private static Set<String> ids(Path file, String header) throws IOException {
        RawTable table = new DelimitedTableReader().read(file, ReadOptions.labelled(file.toString()));
        int column = table.headers().indexOf(header);
        Set<String> ids = new HashSet<>();
        for (RawRow row : table.rows()) {
            ids.add(row.cell(column));
        }
        return ids;
    }
}
