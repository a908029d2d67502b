package org.hazlab.core.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.policy.HarmCategory;
import org.hazlab.core.review.link.Links;

/**
 * The ids of the review period's reports, per hazard: all of them, those of the event of interest, by observed
 * harm category, and the non-serious ones; the evidence every trigger names. One pass over the store.
 */
final class PeriodEvidence {

    private final Map<String, List<String>> all = new HashMap<>();
    private final Map<String, List<String>> events = new HashMap<>();
    private final Map<String, Map<HarmCategory, List<String>>> byHarm = new HashMap<>();
    private final Map<String, List<String>> nonSerious = new HashMap<>();
    private final List<String> nonSeriousAll = new ArrayList<>();
    private final List<String> unlinked = new ArrayList<>();
    private long reports;

    PeriodEvidence(IncidentStore incidents, Links links, ObservedHarms harms, ReviewOptions options) {
        int from = (int) options.period().start().toEpochDay();
        int to = (int) Math.min(options.period().end().toEpochDay(), options.asOf().toEpochDay());
        EventOfInterest interest = options.parameters().eventOfInterest();
        List<String> linkedIds = links.hazardIds();
        for (int row = 0; row < incidents.size(); row++) {
            int day = incidents.receivedDay(row);
            if (day == IncidentStore.NO_DATE || day < from || day > to) {
                continue;
            }
            reports++;
            String id = incidents.id(row);
            HarmCategory harm = harms.of(row);
            boolean event = interest.includes(harm);
            boolean serious = harm.isSeriousOrDeath();
            if (!serious) {
                nonSeriousAll.add(id);
            }
            if (links.linkCount(row) == 0) {
                unlinked.add(id);
            }
            for (int i = 0; i < links.linkCount(row); i++) {
                String hazard = linkedIds.get(links.hazardAt(row, i));
                all.computeIfAbsent(hazard, k -> new ArrayList<>()).add(id);
                if (event) {
                    events.computeIfAbsent(hazard, k -> new ArrayList<>()).add(id);
                }
                byHarm.computeIfAbsent(hazard, k -> new EnumMap<>(HarmCategory.class))
                        .computeIfAbsent(harm, k -> new ArrayList<>()).add(id);
                if (!serious) {
                    nonSerious.computeIfAbsent(hazard, k -> new ArrayList<>()).add(id);
                }
            }
        }
    }

    List<String> all(String hazard) {
        return all.getOrDefault(hazard, List.of());
    }

    List<String> events(String hazard) {
        return events.getOrDefault(hazard, List.of());
    }

    List<String> byHarm(String hazard, HarmCategory harm) {
        return byHarm.getOrDefault(hazard, Map.of()).getOrDefault(harm, List.of());
    }

    /** The worst harm reported for the hazard in the period, or null when none. */
    HarmCategory worstHarm(String hazard) {
        HarmCategory worst = null;
        for (HarmCategory harm : byHarm.getOrDefault(hazard, Map.of()).keySet()) {
            if (harm != HarmCategory.NO_INJURY && (worst == null || harm.ordinal() > worst.ordinal())) {
                worst = harm;
            }
        }
        return worst;
    }

    List<String> nonSerious(String hazard) {
        return hazard.equals("*") ? nonSeriousAll : nonSerious.getOrDefault(hazard, List.of());
    }

    List<String> unlinked() {
        return unlinked;
    }

    long reports() {
        return reports;
    }
}
