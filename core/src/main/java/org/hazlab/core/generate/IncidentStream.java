package org.hazlab.core.generate;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * One source of synthetic incidents: the reports caused by one hazard, or a family of reports unrelated to any
 * hazard of the workspace (they are needed so that linking and disproportionality have something to tell apart).
 *
 * @param label             display name: the hazard id, or the unrelated family's label
 * @param hazard            the hazard id these incidents belong to, or null for unrelated incidents
 * @param items             software item ids written in the {@code items} column of explicitly linked rows
 * @param monthlyMean       expected reports per month before any trend, at least 0
 * @param trend             a planted rise or fall, or null
 * @param explicitLinkShare share (0..1) of rows that carry the hazard id in the {@code hazards} column; the
 *                          others identify it by narrative keywords only
 * @param eventTypes        event types (death, injury, malfunction, other, no-answer) with weights
 * @param productCodes      FDA product codes with weights
 * @param problemCodes      device problem codes or terms with weights
 * @param narratives        narrative templates, drawn uniformly
 */
public record IncidentStream(String label, String hazard, List<String> items, double monthlyMean, Trend trend,
                             double explicitLinkShare, WeightedChoice eventTypes, WeightedChoice productCodes,
                             WeightedChoice problemCodes, List<NarrativeTemplate> narratives) {

    public IncidentStream {
        items = List.copyOf(items);
        narratives = List.copyOf(narratives);
        if (narratives.isEmpty()) {
            throw new IllegalArgumentException("stream " + label + " has no narrative templates");
        }
    }

    public Optional<String> hazardId() {
        return Optional.ofNullable(hazard);
    }

    public Optional<Trend> trendIfAny() {
        return Optional.ofNullable(trend);
    }

    /** Expected reports in a month before scaling: the baseline times the trend's factor for that month. */
    public double meanFor(YearMonth month) {
        return trend == null ? monthlyMean : monthlyMean * trend.factor(month);
    }
}
