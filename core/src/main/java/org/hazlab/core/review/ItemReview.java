package org.hazlab.core.review;

import java.util.ArrayList;
import java.util.List;

/**
 * What the review found for one software item: its reports per period (through the hazards that name it and
 * the items reports name) and the trend and disproportionality signals of that series, now and in the period
 * before. An item can trend while none of its hazards does on its own.
 *
 * @param id         item id
 * @param name       item name
 * @param counts     reports per period
 * @param harmCounts death or injury reports per period
 * @param now        signals at the review period
 * @param before     signals at the period before
 */
public record ItemReview(String id, String name, long[] counts, long[] harmCounts, Signals now, Signals before) {

    public ItemReview {
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

    public List<String> newSignals() {
        List<String> fresh = new ArrayList<>(now.fired());
        fresh.removeAll(before.fired());
        return fresh;
    }

    public long reviewCount() {
        return counts[counts.length - 1];
    }
}
