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

    static final long SEED = 62304;
    static final LocalDate FROM = LocalDate.of(2023, 10, 1);
    static final LocalDate TO = LocalDate.of(2026, 9, 30);

    private static final Path PROFILE = TestProfiles.INFUSION_PUMP.resolve("incident-profile.json");
    private static final Path INCIDENTS = TestProfiles.INFUSION_PUMP.resolve("incidents.csv");

    @Test
    void committedFileIsWhatTheGeneratorWrites() throws Exception {
        IncidentProfile profile = IncidentProfiles.read(PROFILE);
        StringWriter out = new StringWriter();
        GenerationSummary summary = IncidentGenerator.generate(profile, SEED, FROM, TO, 0, out);
        if (Boolean.getBoolean("hazlab.regenerate")) {
            try (Writer file = Files.newBufferedWriter(INCIDENTS, StandardCharsets.UTF_8)) {
                file.write(out.toString());
            }
            System.out.println("wrote " + INCIDENTS + ": " + summary.rows() + " rows " + summary.rowsByStream());
        }
        String committed = Files.readString(INCIDENTS, StandardCharsets.UTF_8);
        assertEquals(IncidentGeneratorTest.sha256(out.toString()), IncidentGeneratorTest.sha256(committed),
                "incidents.csv differs from the generator's output; regenerate it with "
                        + "mvn -q -B -pl core test -Dtest=ShippedIncidentsTest -Dhazlab.regenerate=true");
        assertTrue(summary.rows() >= 2000, "rows: " + summary.rows());
    }

    @Test
    void occlusionAtLowRatesRisesThrough2026() throws Exception {
        IncidentProfile linked = TestProfiles.allLinked(IncidentProfiles.read(PROFILE));
        Path file = Files.createTempFile("incidents", ".csv");
        try {
            Files.writeString(file, TestProfiles.generate(linked, SEED, FROM, TO, 0), StandardCharsets.UTF_8);
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
