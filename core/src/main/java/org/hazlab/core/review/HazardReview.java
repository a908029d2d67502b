package org.hazlab.core.review;

import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.policy.HarmCategory;

/**
 * What the review found for one hazard: its estimates, its reports per period, the signals now and in the
 * period before, which signals are new, and (when exposure is known) the observed rate of the event of interest
 * in the policy's probability unit.
 *
 * @param id            hazard id
 * @param title         hazard title (or "" for an id that only incidents name)
 * @param inModel       whether the model has the hazard
 * @param severity      assumed severity level, or ""
 * @param harm          the harm category the severity maps to, or null
 * @param probability   assumed probability level, or ""
 * @param items         items the hazard names
 * @param counts        reports per period
 * @param harmCounts    event-of-interest reports per period
 * @param now           signals at the review period
 * @param before        signals at the period before
 * @param observedRate  event-of-interest reports per unit of exposure (policy unit) in the review period, or NaN
 */
public record HazardReview(String id, String title, boolean inModel, String severity, HarmCategory harm,
                           String probability, List<String> items, long[] counts, long[] harmCounts, Signals now,
                           Signals before, double observedRate) {

    public HazardReview {
        items = List.copyOf(items);
        counts = counts.clone();
        harmCounts = harmCounts.clone();
    }

    /** Reports per period (a copy: the review is immutable). */
    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** Event-of-interest reports per period (a copy). */
    @Override
    public long[] harmCounts() {
        return harmCounts.clone();
    }

    /** Signals raised now that were not raised at the previous period. */
    public List<String> newSignals() {
        List<String> fresh = new ArrayList<>(now.fired());
        fresh.removeAll(before.fired());
        return fresh;
    }

    public long reviewCount() {
        return counts[counts.length - 1];
    }

    public long reviewHarmCount() {
        return harmCounts[harmCounts.length - 1];
    }
}
