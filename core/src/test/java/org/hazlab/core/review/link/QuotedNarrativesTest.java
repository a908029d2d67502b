package org.hazlab.core.review.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hazlab.core.generate.IncidentGenerator;
import org.hazlab.core.generate.IncidentProfiles;
import org.hazlab.core.incidents.FileText;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.csv.IncidentCsvImporter;
import org.hazlab.core.incidents.csv.MappedTableImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keywords without a quote are searched in the narratives as the file holds them, quotes still doubled, instead
 * of unescaping every quoted narrative first: the links must be those of the unescaped text. Checked against the
 * same file read by the table importer, whose narratives are held unescaped in memory.
 */
class QuotedNarrativesTest {

    @TempDir
    Path dir;

    private static void assertSameLinks(Links expected, Links actual, int rows) {
        assertEquals(expected.hazardIds(), actual.hazardIds());
        for (int row = 0; row < rows; row++) {
            assertArrayEquals(expected.hazardsOf(row), actual.hazardsOf(row), "row " + row);
        }
    }

    @Test
    void doubledQuotesAroundAndInsideKeywords() throws Exception {
        Path file = dir.resolve("quoted.csv");
        Files.writeString(file, String.join("\n",
                "id,event_type,narrative",
                "1,malfunction,\"THE NURSE SAID \"\"FREE FLOW\"\" WAS SEEN\"",
                "2,malfunction,\"A \"\"LOW\"\" RATE OF INFUSION\"",
                "3,malfunction,\"THE PUMP SAID \"\"STOP\"\" TWICE\"",
                "4,malfunction,\"FREE\"\"FLOW AND LOW RATE OF\"",
                "5,malfunction,PLAIN FREE FLOW",
                ""), StandardCharsets.UTF_8);
        IncidentStore fromFile = new IncidentCsvImporter().read(List.of(file), ImportOptions.defaults()).incidents();
        IncidentStore inMemory = new MappedTableImporter().read(List.of(file), ImportOptions.defaults()).incidents();
        assertTrue(fromFile.narratives() instanceof FileText, "the fast path keeps narratives in the file");
        assertEquals("THE PUMP SAID \"STOP\" TWICE", inMemory.narrative(2));
        LinkRules plain = LinkRules.builder().keywords("HZ-001", "FREE FLOW").keywords("HZ-010", "LOW RATE OF")
                .build();
        Links links = Linker.link(fromFile, plain);
        assertSameLinks(Linker.link(inMemory, plain), links, 5);
        assertArrayEquals(new int[] {links.hazardIds().indexOf("HZ-001")}, links.hazardsOf(0));
        assertEquals(0, links.hazardsOf(1).length, "\"LOW\" RATE OF is not LOW RATE OF");
        assertArrayEquals(new int[] {links.hazardIds().indexOf("HZ-010")}, links.hazardsOf(3));
        // a keyword holding a quote needs the unescaped text: it is found once the quotes are single again
        LinkRules quoted = LinkRules.builder().keywords("HZ-020", "SAID \"STOP\"").build();
        Links withQuote = Linker.link(fromFile, quoted);
        assertSameLinks(Linker.link(inMemory, quoted), withQuote, 5);
        assertEquals(1, withQuote.hazardsOf(2).length, "found in the unescaped narrative");
    }

    @Test
    void generatedNarrativesLinkAsFromMemoryOnBothCores() throws Exception {
        Path file = dir.resolve("incidents.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            IncidentGenerator.generate(IncidentProfiles.read(Path.of("../datasets/infusion-pump/incident-profile.json")),
                    7, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31), 60_000, out);
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"\""), "the generated narratives hold doubled quotes");
        IncidentStore fromFile = new IncidentCsvImporter().read(List.of(file), ImportOptions.defaults()).incidents();
        IncidentStore inMemory = new MappedTableImporter().read(List.of(file), ImportOptions.defaults()).incidents();
        assertTrue(fromFile.size() > 50_000, "searched in parts: " + fromFile.size());
        LinkRules rules = LinkRules.builder().keywords("HZ-001", "FREE FLOW")
                .keywords("HZ-010", "LOW RATE OF", "LOW FLOW RATE", "LOW-RATE")
                .keywords("HZ-016", "NO AUDIBLE ALARM").keywords("HZ-025", "SCREEN FROZE").build();
        Links links = Linker.link(fromFile, rules);
        assertSameLinks(Linker.link(inMemory, rules), links, fromFile.size());
        assertTrue(links.hazardIds().size() >= 4);
    }
}
