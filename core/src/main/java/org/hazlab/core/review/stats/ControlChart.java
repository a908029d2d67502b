package org.hazlab.core.review.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Shewhart attribute charts for counts per period (REFERENCE.md section 5; Montgomery, Introduction to
 * Statistical Quality Control, ch. 7; Laney 2002 for u'). The centre line and limits come from baseline periods;
 * a period signals when its count (or rate) lies above the upper limit. Lower limits are floored at 0.
 *
 * @param kind     "c", "u" or "u'"
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
     * sigma_z = mean moving range of z / 1.128, limits centre +- 3 sigma_z sqrt(centre / n_i).
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
            sigmaZ = ranges / (z.length - 1) / 1.128;
        }
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            double spread = 3 * sigmaZ * Math.sqrt(centre / exposure[i]);
            points.add(new Point(counts[i] / exposure[i], Math.max(0, centre - spread), centre + spread));
        }
        return new ControlChart("u'", centre, sigmaZ, points);
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
