package org.hazlab.core.generate;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A planted change in an incident rate: from {@code start} on, the monthly mean is multiplied by
 * {@code monthlyGrowth} once per month elapsed. Example datasets need a known signal so that a periodic review
 * can be shown (and tested) to find it; a geometric rise is the simplest shape a trend test must catch.
 *
 * @param start         first month whose rate is raised (its factor is {@code monthlyGrowth})
 * @param monthlyGrowth factor applied per month, greater than 0 (1 = no change, below 1 = a fall)
 */
public record Trend(YearMonth start, double monthlyGrowth) {

    public Trend {
        if (start == null) {
            throw new IllegalArgumentException("trend start month is required");
        }
        if (!(monthlyGrowth > 0) || Double.isInfinite(monthlyGrowth)) {
            throw new IllegalArgumentException("trend monthlyGrowth must be a positive number: " + monthlyGrowth);
        }
    }

    /** The multiplier for a month: 1 before {@code start}, {@code monthlyGrowth^(months since start + 1)} after. */
    public double factor(YearMonth month) {
        if (month.isBefore(start)) {
            return 1.0;
        }
        long elapsed = ChronoUnit.MONTHS.between(start, month) + 1;
        return Math.pow(monthlyGrowth, elapsed);
    }
}
