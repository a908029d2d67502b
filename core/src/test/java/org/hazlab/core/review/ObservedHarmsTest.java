package org.hazlab.core.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.Incident;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.formats.IncidentFormats;
import org.hazlab.core.policy.HarmCategory;
import org.junit.jupiter.api.Test;

/** The per-code lookup the review counts with gives each report the harm the per-report judgement gives. */
class ObservedHarmsTest {

    @Test
    void eachOutcomeTextIsJudgedAsTheReportItself() {
        List<Incident> rows = new ArrayList<>();
        String[] outcomes = {"", "  ", "HOSPITALIZATION", " hospitalization ", "Life Threatening", "OTHER", "other",
            "H", "h", "DISABILITY", "REQUIRED INTERVENTION", "NO CONSEQUENCES OR IMPACT TO PATIENT", "Death"};
        for (EventType type : EventType.values()) {
            for (String outcome : outcomes) {
                rows.add(new Incident("R" + rows.size(), LocalDate.of(2025, 1, 1), null, type, "FRN", "OTHER",
                        List.of(), List.of(), outcome, "", "HOSPITALIZATION", null));
            }
        }
        IncidentStore store = IncidentStore.of(rows);
        Map<HarmCategory, Integer> seen = sameAsPerReport(store);
        assertEquals(HarmCategory.values().length, seen.size(), "every category, so the comparison means something");
        // an injury whose outcome is only "other" is not known to be serious, whatever its spelling
        assertEquals(HarmCategory.NON_SERIOUS_INJURY, new ObservedHarms(store).of(5 + outcomes.length
                * EventType.INJURY.ordinal()));
    }

    @Test
    void theBundledReportsAreJudgedAsEachReportItself() throws Exception {
        IncidentStore store = IncidentFormats.read(List.of(Path.of("../datasets/infusion-pump/incidents.csv")),
                ImportOptions.defaults(), null).incidents();
        assertTrue(store.size() > 1000);
        Map<HarmCategory, Integer> seen = sameAsPerReport(store);
        assertTrue(seen.getOrDefault(HarmCategory.SERIOUS_INJURY, 0) > 0
                && seen.getOrDefault(HarmCategory.NON_SERIOUS_INJURY, 0) > 0, seen.toString());
    }

    private static Map<HarmCategory, Integer> sameAsPerReport(IncidentStore store) {
        ObservedHarms harms = new ObservedHarms(store);
        Map<HarmCategory, Integer> seen = new EnumMap<>(HarmCategory.class);
        for (int row = 0; row < store.size(); row++) {
            HarmCategory expected = EventOfInterest.observedHarm(store, row);
            assertEquals(expected, harms.of(row), "row " + row + ": " + store.eventType(row) + " '"
                    + store.outcome(row) + "'");
            for (EventOfInterest interest : EventOfInterest.values()) {
                assertEquals(interest.matches(store, row), interest.includes(harms.of(row)));
            }
            seen.merge(expected, 1, Integer::sum);
        }
        return seen;
    }
}
