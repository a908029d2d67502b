package org.hazlab.core.review.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Shewhart attribute charts for counts per period (REFERENCE.md section 5; Montgomery, Introduction to
 * Statistical Quality Control, ch. 7; Laney 2002 for u'). The centre line and limits come from baseline periods;
 * a period signals when its count (or rate) lies above the upper limit. Lower limits are floored at 0.
 *
 * @param kind     "c", "u" or "u'" (the chart used, named in every report)
 * @param centre   centre line (mean count, or mean rate)
 * @param sigmaZ   Laney's between-period inflation factor (1 for c and u charts)
 * @param points   one point per period charted
 */
public record ControlChart(String kind, double centre, double sigmaZ, List<Point> points) {

    /**
     * One charted period.
     *
     * @param value the count (c chart) or rate (u charts)
     * @param lower lower control limit
     * @param upper upper control limit
     */
    public record Point(double value, double lower, double upper) {
        public boolean above() {
            return value > upper;
        }
    }

    public ControlChart {
        points = List.copyOf(points);
    }

    /** c chart: centre = mean baseline count, limits centre +- 3 sqrt(centre). */
    public static ControlChart cChart(double[] baseline, double[] counts) {
        double centre = mean(baseline);
        double spread = 3 * Math.sqrt(centre);
        List<Point> points = new ArrayList<>();
        for (double count : counts) {
            points.add(new Point(count, Math.max(0, centre - spread), centre + spread));
        }
        return new ControlChart("c", centre, 1, points);
    }

    /**
     * u chart: rates u_i = x_i / n_i with exposure n_i (units in use); centre = sum x / sum n over the baseline,
     * limits centre +- 3 sqrt(centre / n_i).
     */
    public static ControlChart uChart(double[] baseCounts, double[] baseExposure, double[] counts, double[] exposure) {
        double centre = sum(baseCounts) / sum(baseExposure);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            double spread = 3 * Math.sqrt(centre / exposure[i]);
            points.add(new Point(counts[i] / exposure[i], Math.max(0, centre - spread), centre + spread));
        }
        return new ControlChart("u", centre, 1, points);
    }

    /**
     * Laney u' chart for overdispersed counts: z_i = (u_i - centre) / sqrt(centre / n_i) over the baseline,
     * sigma_z = mean moving range of z / 1.128, never below 1 (a constant baseline has moving ranges of 0 and
     * would put the limit on the centre line), limits centre +- 3 sigma_z sqrt(centre / n_i).
     */
    public static ControlChart laneyUChart(double[] baseCounts, double[] baseExposure, double[] counts,
                                           double[] exposure) {
        double centre = sum(baseCounts) / sum(baseExposure);
        double sigmaZ = 1;
        if (baseCounts.length >= 2 && centre > 0) {
            double[] z = new double[baseCounts.length];
            for (int i = 0; i < z.length; i++) {
                z[i] = (baseCounts[i] / baseExposure[i] - centre) / Math.sqrt(centre / baseExposure[i]);
            }
            double ranges = 0;
            for (int i = 1; i < z.length; i++) {
                ranges += Math.abs(z[i] - z[i - 1]);
            }
            sigmaZ = Math.max(1, ranges / (z.length - 1) / 1.128);
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            double spread = 3 * sigmaZ * Math.sqrt(centre / exposure[i]);
            points.add(new Point(counts[i] / exposure[i], Math.max(0, centre - spread), centre + spread));
        }
        return new ControlChart("u'", centre, sigmaZ, points);
    }

    /**
     * Pearson's dispersion test of the baseline against a Poisson model with rate proportional to exposure:
     * X^2 = sum (x_i - n_i u)^2 / (n_i u), u = sum x / sum n, compared with chi-square on k - 1 degrees of
     * freedom. Returns the upper-tail p-value (1 when there is nothing to test: fewer than 3 periods or no
     * reports); a small p-value shows overdispersion, the condition for using Laney's u' chart.
     */
    public static double dispersionPValue(double[] baseCounts, double[] baseExposure) {
        double centre = sum(baseCounts) / sum(baseExposure);
        if (baseCounts.length < 3 || !(centre > 0)) {
            return 1;
        }
        double x2 = 0;
        for (int i = 0; i < baseCounts.length; i++) {
            double expected = baseExposure[i] * centre;
            x2 += (baseCounts[i] - expected) * (baseCounts[i] - expected) / expected;
        }
        return 1 - Gamma.regularizedP((baseCounts.length - 1) / 2.0, x2 / 2);
    }

    /**
     * The chart a series gets: the c chart (no exposure) or u chart (exposure per period), replaced by Laney's
     * u' only when {@link #dispersionPValue} is below {@code alpha}. Without exposure every period counts as
     * exposure 1, so u' is then Laney's chart on the counts themselves.
     */
    public static ControlChart choose(double[] baseCounts, double[] baseExposure, double[] counts, double[] exposure,
                                      double alpha) {
        boolean exposed = baseExposure != null;
        double[] be = exposed ? baseExposure : ones(baseCounts.length);
        double[] e = exposed ? exposure : ones(counts.length);
        if (dispersionPValue(baseCounts, be) < alpha) {
            return laneyUChart(baseCounts, be, counts, e);
        }
        return exposed ? uChart(baseCounts, be, counts, e) : cChart(baseCounts, counts);
    }

    private static double[] ones(int length) {
        double[] values = new double[length];
        java.util.Arrays.fill(values, 1);
        return values;
    }

    static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    static double mean(double[] values) {
        return values.length == 0 ? 0 : sum(values) / values.length;
    }
}
