package org.hazlab.core.generate;

import java.util.List;
import java.util.Map;

/**
 * The JSON shape of an incident profile, bound by Jackson and then checked by {@link IncidentProfiles}. Unknown
 * keys are rejected, so a misspelt "monthlyMaen" is an error rather than a silently zero rate.
 */
record ProfileFile(String name, String notes, String idPrefix, String source, Generation generation,
                   EventDate eventDate,
                   Map<String, List<String>> vocabulary, Map<String, List<String>> outcomes,
                   Map<String, List<String>> consequences, List<String> closings,
                   Map<String, Double> eventTypes, Map<String, Double> productCodes,
                   List<StreamEntry> hazards, List<StreamEntry> unrelated) {

    record Generation(Long seed, String from, String to, Long targetRows, String output) {
    }

    record EventDate(Integer maxLagDays, Double missingShare) {
    }

    record TrendEntry(String start, Double monthlyGrowth) {
    }

    record StreamEntry(String hazard, String label, String notes, List<String> items, Double monthlyMean,
                       TrendEntry trend, Double explicitLinkShare, Map<String, Double> eventTypes,
                       Map<String, Double> productCodes, Map<String, Double> problemCodes,
                       List<String> narratives) {
    }
}
