package org.hazlab.core.review.stats;

/**
 * EWMA chart for Poisson counts (REFERENCE.md section 5; Borror, Champ and Rigdon 1998): z_t = lambda x_t +
 * (1 - lambda) z_{t-1}, z_0 = mu0; limits mu0 +- L sqrt(mu0) sqrt(lambda / (2 - lambda) (1 - (1 - lambda)^(2t))).
 * lambda 0.2 and L about 3 by default.
 *
 * @param mu0    in-control mean per period
 * @param lambda smoothing weight (0, 1]
 * @param l      width of the limits in standard deviations
 */
public record Ewma(double mu0, double lambda, double l) {

    public static Ewma standard(double mu0) {
        return new Ewma(mu0, 0.2, 3);
    }

    /** z_t for every period. */
    public double[] path(double[] counts) {
        double[] z = new double[counts.length];
        double previous = mu0;
        for (int t = 0; t < counts.length; t++) {
            previous = lambda * counts[t] + (1 - lambda) * previous;
            z[t] = previous;
        }
        return z;
    }

    /** Upper control limit at period t (0-based). */
    public double upper(int t) {
        double factor = lambda / (2 - lambda) * (1 - Math.pow(1 - lambda, 2.0 * (t + 1)));
        return mu0 + l * Math.sqrt(mu0) * Math.sqrt(factor);
    }

    public double lower(int t) {
        double factor = lambda / (2 - lambda) * (1 - Math.pow(1 - lambda, 2.0 * (t + 1)));
        return Math.max(0, mu0 - l * Math.sqrt(mu0) * Math.sqrt(factor));
    }

    /** Whether z at period t is above its upper limit. */
    public boolean signal(double[] counts, int t) {
        return path(counts)[t] > upper(t);
    }
}
