package org.hazlab.core.review.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.Incident;
import org.hazlab.core.incidents.IncidentStore;
import org.junit.jupiter.api.Test;

/** Aho-Corasick against the obvious indexOf loop, and the linker's rules. */
class KeywordMatcherTest {

    @Test
    void findsOverlappingAndNestedKeywordsCaseInsensitively() {
        KeywordMatcher matcher = new KeywordMatcher(List.of("he", "she", "his", "hers", "FREE FLOW", "flow"));
        assertEquals(List.of(0, 1, 3), matcher.find("USHERS"));
        assertEquals(List.of(4, 5), matcher.find("a free flow of heparin".replace("heparin", "x")));
        assertEquals(List.of(), matcher.find("nothing here but ordinary words".replace("he", "")));
    }

    @Test
    void agreesWithNaiveSearchOnRandomText() {
        SplittableRandom random = new SplittableRandom(7);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            words.add(randomWord(random, 2 + random.nextInt(6)));
        }
        KeywordMatcher matcher = new KeywordMatcher(words);
        for (int t = 0; t < 300; t++) {
            String text = randomWord(random, 200);
            List<Integer> expected = new ArrayList<>();
            for (int w = 0; w < words.size(); w++) {
                if (text.toLowerCase(Locale.ROOT).contains(words.get(w).toLowerCase(Locale.ROOT))) {
                    expected.add(w);
                }
            }
            assertEquals(expected, matcher.find(text));
        }
    }

    private static String randomWord(SplittableRandom random, int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int c = random.nextInt(6);
            word.append(c == 5 ? ' ' : (char) ((random.nextBoolean() ? 'a' : 'A') + c));
        }
        return word.toString();
    }

    private static Incident incident(String id, String product, String problem, List<String> hazards,
                                     String narrative) {
        return new Incident(id, LocalDate.of(2026, 7, 1), null, EventType.MALFUNCTION, product, problem, hazards,
                List.of(), "", narrative, "", null);
    }

    @Test
    void linkerCombinesRulesAndKeepsUnlinkedRows() {
        IncidentStore store = IncidentStore.of(List.of(
                incident("1", "FRN", "", List.of("HZ-002"), "OVER-INFUSION"),
                incident("2", "FRN; LZG", "Failure to Alarm", List.of(), "NO OCCLUSION ALARM AT LOW FLOW RATE"),
                incident("3", "FPA", "", List.of(), "SET LEAKED"),
                incident("4", "FRN", "", List.of(), "alarm delayed 90 minutes")));
        LinkRules rules = LinkRules.builder()
                .productCode("LZG", "HZ-099")
                .problemCode("Failure to Alarm", "HZ-009")
                .keywords("HZ-010", "low flow rate")
                .regex("HZ-016", "alarm delayed \\d+ min")
                .build();
        Links links = Linker.link(store, rules);
        assertEquals(List.of("HZ-002", "HZ-009", "HZ-010", "HZ-016", "HZ-099"), links.hazardIds());
        assertEquals(List.of("HZ-002"), names(links, 0));
        assertEquals(List.of("HZ-009", "HZ-010", "HZ-099"), names(links, 1));
        assertEquals(List.of(), names(links, 2));
        assertEquals(List.of("HZ-016"), names(links, 3));
        assertEquals(1, links.unlinkedCount());
        assertEquals("id", Links.describe(links.kindAt(0, 0)));
        assertEquals("keyword", Links.describe(links.kindAt(1, 1)));
        Links withoutIds = Linker.link(store, LinkRules.builder().explicitIds(false).build());
        assertEquals(4, withoutIds.unlinkedCount());
    }

    private static List<String> names(Links links, int row) {
        List<String> names = new ArrayList<>();
        for (int hazard : links.hazardsOf(row)) {
            names.add(links.hazardIds().get(hazard));
        }
        return names;
    }
}
