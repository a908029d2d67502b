package org.hazlab.core.review.stats;

/**
 * Upper Poisson CUSUM for a rise in a count from the in-control mean mu0 to mu1 (REFERENCE.md section 5; Lucas
 * 1985): S_t = max(0, S_{t-1} + x_t - k) with k = (mu1 - mu0) / ln(mu1 / mu0); a signal when S_t > h. Detects
 * sustained small rises that a Shewhart chart misses.
 *
 * @param mu0 in-control mean per period
 * @param mu1 out-of-control mean to detect
 * @param h   decision interval
 * @param k   reference value; {@link CusumDesign} rounds it to its grid
 */
public record PoissonCusum(double mu0, double mu1, double h, double k) {

    public PoissonCusum {
        if (!(mu1 > mu0) || mu0 <= 0) {
            throw new IllegalArgumentException("need 0 < mu0 < mu1");
        }
    }

    /** A CUSUM with the exact reference value (mu1 - mu0) / ln(mu1 / mu0). */
    public PoissonCusum(double mu0, double mu1, double h) {
        this(mu0, mu1, h, (mu1 - mu0) / Math.log(mu1 / mu0));
    }

    /** S_t for every period. */
    public double[] path(double[] counts) {
        double[] s = new double[counts.length];
        double previous = 0;
        for (int t = 0; t < counts.length; t++) {
            previous = Math.max(0, previous + counts[t] - k);
            s[t] = previous;
        }
        return s;
    }

    /** Index of the first period where S_t > h, or -1. */
    public int firstSignal(double[] counts) {
        double[] s = path(counts);
        for (int t = 0; t < s.length; t++) {
            if (s[t] > h) {
                return t;
            }
        }
        return -1;
    }
}
