package org.hazlab.core.review.stats;

/**
 * Chooses the decision interval h of an upper Poisson CUSUM for a target in-control average run length (ARL0),
 * instead of a fixed h: with h fixed, the false-alarm rate depends on mu0 (h = 4, mu1 = 2 mu0 gives run lengths
 * from under a hundred to thousands of periods). The ARL is computed exactly by the Markov chain of Brook and
 * Evans (1972) on the integer-valued CUSUM of Lucas (1985): k is rounded to the nearest 1/{@link #GRID}, so that
 * S_t stays on a grid of that step, and h is the smallest grid value whose ARL0 reaches the target. When that
 * would take more than {@link #EXACT_STATES} states (large counts), h comes from Siegmund's approximation.
 *
 * @param mu0       in-control mean per period
 * @param mu1       out-of-control mean the CUSUM is tuned to detect
 * @param k         reference value (mu1 - mu0) / ln(mu1 / mu0), rounded to the grid
 * @param h         decision interval
 * @param arl0      in-control ARL at (k, h), in periods
 * @param arl1      ARL when the mean is mu1, in periods
 * @param targetArl the ARL0 asked for
 */
public record CusumDesign(double mu0, double mu1, double k, double h, double arl0, double arl1, double targetArl) {

    /** Grid step 1/GRID on which k and h are chosen (Lucas rounds k to a simple fraction). */
    public static final int GRID = 4;
    private static final int MAX_STATES = 2000;

    public static CusumDesign forTarget(double mu0, double mu1, double targetArl) {
        if (!(mu1 > mu0) || !(mu0 > 0) || !(targetArl > 1)) {
            throw new IllegalArgumentException("CUSUM design needs 0 < mu0 < mu1 and a target ARL above 1");
        }
        int km = (int) Math.round((mu1 - mu0) / Math.log(mu1 / mu0) * GRID);
        km = Math.max(1, km);
        double k = (double) km / GRID;
        double approximateH = siegmundH(mu0, k, targetArl);
        if (approximateH * GRID > EXACT_STATES) {
            return siegmund(mu0, mu1, k, approximateH, targetArl);
        }
        // the smallest grid h whose ARL0 reaches the target (ARL0 grows with h), searched from Siegmund's
        // estimate outwards, so that few of the costly exact solutions are needed; no exact chain above
        // MAX_EXACT_H grid states
        int guess = (int) Math.max(1, Math.min(MAX_EXACT_H, Math.round(approximateH * GRID)));
        int step = Math.max(1, guess / 8);
        int low;
        int high;
        if (arl(mu0, km, guess) >= targetArl) {
            high = guess;
            low = Math.max(0, high - step);
            while (low > 0 && arl(mu0, km, low) >= targetArl) {
                high = low;
                step *= 2;
                low = Math.max(0, high - step);
            }
        } else {
            low = guess;
            high = Math.min(MAX_EXACT_H, low + step);
            while (arl(mu0, km, high) < targetArl) {
                if (high >= MAX_EXACT_H) {
                    // the exact chain disagrees with the approximation by too much to stay small: use the approximation
                    return siegmund(mu0, mu1, k, approximateH, targetArl);
                }
                low = high;
                step *= 2;
                high = Math.min(MAX_EXACT_H, low + step);
            }
        }
        while (high - low > 1) {
            int mid = (low + high) / 2;
            if (arl(mu0, km, mid) >= targetArl) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return new CusumDesign(mu0, mu1, k, (double) high / GRID, arl(mu0, km, high), arl(mu1, km, high),
                targetArl);
    }

    private static CusumDesign siegmund(double mu0, double mu1, double k, double h, double targetArl) {
        return new CusumDesign(mu0, mu1, k, h, siegmundArl(mu0, k, h), siegmundArl(mu1, k, h), targetArl);
    }

    /** Above this many grid states the exact chain is replaced by Siegmund's approximation. */
    static final int EXACT_STATES = 80;
    /** The largest h, in grid units, solved exactly when the exact chain needs more than Siegmund's estimate. */
    static final int MAX_EXACT_H = 4 * 64;

    /**
     * Siegmund's (1985) approximation of the ARL of S_t = max(0, S_{t-1} + x_t - k) with signal at S > h, for
     * increments of mean {@code mean} and variance {@code mean} (Poisson): with drift d = (mean - k) / sd and
     * b = h / sd + 1.166, ARL = (exp(-2 d b) + 2 d b - 1) / (2 d^2), or b^2 when d = 0.
     */
    static double siegmundArl(double mean, double k, double h) {
        double sd = Math.sqrt(mean);
        double d = (mean - k) / sd;
        double b = h / sd + 1.166;
        if (Math.abs(d) < 1e-9) {
            return Math.max(1, b * b);
        }
        // a run lasts at least the period that signals: the approximation falls below 1 for large drifts
        return Math.max(1, (Math.exp(-2 * d * b) + 2 * d * b - 1) / (2 * d * d));
    }

    /** The smallest h (to 0.01) whose Siegmund ARL reaches the target. */
    static double siegmundH(double mu0, double k, double targetArl) {
        double low = 0;
        double high = 1;
        while (siegmundArl(mu0, k, high) < targetArl && high < 1e7) {
            low = high;
            high *= 2;
        }
        for (int i = 0; i < 60 && high - low > 0.005; i++) {
            double mid = (low + high) / 2;
            if (siegmundArl(mu0, k, mid) >= targetArl) {
                high = mid;
            } else {
                low = mid;
            }
        }
        return Math.ceil(high * 100) / 100;
    }

    /** The CUSUM this design describes. */
    public PoissonCusum cusum() {
        return new PoissonCusum(mu0, mu1, h, k);
    }

    /**
     * ARL from S_0 = 0 of S_t = max(0, S_{t-1} + x_t - k) stopped when S_t > h, for Poisson(mean) counts, with k
     * and h in grid units (Brook and Evans 1972: solve (I - R) L = 1 over the in-control states 0..h).
     */
    static double arl(double mean, int kGrid, int hGrid) {
        int states = hGrid + 1;
        // Poisson probabilities in log space over mean +- 12 sd (exp(-mean) underflows for large means)
        double sd = Math.sqrt(mean);
        int minX = (int) Math.max(0, Math.floor(mean - 12 * sd - 20));
        int maxX = (int) Math.ceil(mean + 12 * sd + 20 + (double) (hGrid + kGrid) / GRID);
        double[] pmf = new double[maxX + 1];
        for (int x = minX; x <= maxX; x++) {
            pmf[x] = Math.exp(-mean + x * Math.log(mean) - Gamma.logGamma(x + 1.0));
        }
        double[][] a = new double[states][states + 1];
        for (int i = 0; i < states; i++) {
            double[] rowValues = a[i];
            rowValues[i] += 1;
            for (int x = minX; x <= maxX; x++) {
                int next = Math.max(0, i + x * GRID - kGrid);
                if (next < states) {
                    rowValues[next] -= pmf[x];
                }
            }
            rowValues[states] = 1;
        }
        // 1 - P(stay at 0) cancels catastrophically when k is far above the mean (a count of 1,000 against k =
        // 1,500: P(leave 0) is about 1e-46, and 1 minus the sum is rounding noise, so the ARL came out as noise,
        // even negative); the probability of leaving 0 is summed directly instead, which keeps it exact
        double leaveZero = 0;
        for (int x = maxX; x >= minX && x * GRID - kGrid > 0; x--) {
            leaveZero += pmf[x];
        }
        a[0][0] = leaveZero;
        // Gaussian elimination with partial pivoting (rows held in locals: the C1 compiler, which runs hazlab's
        // scripts, does not hoist a[row] out of the inner loop by itself)
        for (int col = 0; col < states; col++) {
            int pivot = col;
            for (int row = col + 1; row < states; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] pivotRow = a[pivot];
            a[pivot] = a[col];
            a[col] = pivotRow;
            double diagonal = pivotRow[col];
            for (int row = col + 1; row < states; row++) {
                double[] target = a[row];
                double factor = target[col] / diagonal;
                if (factor != 0) {
                    for (int c = col; c <= states; c++) {
                        target[c] -= factor * pivotRow[c];
                    }
                }
            }
        }
        double[] l = new double[states];
        for (int row = states - 1; row >= 0; row--) {
            double[] values = a[row];
            double sum = values[states];
            for (int c = row + 1; c < states; c++) {
                sum -= values[c] * l[c];
            }
            l[row] = sum / values[row];
        }
        return l[0];
    }
}
