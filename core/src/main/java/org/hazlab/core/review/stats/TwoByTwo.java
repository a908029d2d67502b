package org.hazlab.core.review.stats;

/**
 * The 2x2 table of disproportionality analysis and the statistics computed from it, as pure functions of the four
 * counts (REFERENCE.md section 5; Evans et al. 2001 for PRR and its signal criteria; van Puijenbroek et al. 2002
 * for ROR; Bate et al. 1998 / Norén et al. 2006 for the information component).
 *
 * <pre>
 *                 event   other events
 *  hazard/device    a         b
 *  other            c         d
 * </pre>
 *
 * @param a reports of the pair
 * @param b reports of the hazard (or device) with other events
 * @param c reports of the event with other hazards
 * @param d all other reports
 *
 * <p>Zero cells are normal in a device review (a hazard whose reports are all injuries has b = 0) and never
 * switch a statistic off: PRR needs only a, c > 0; ROR uses the Haldane-Anscombe correction; chi-square, IC and
 * Fisher are defined for any counts. No method returns an infinite value or a NaN limit for a defined ratio.
 */
public record TwoByTwo(long a, long b, long c, long d) {

    private static final double Z95 = 1.959963984540054;

    public TwoByTwo {
        if (a < 0 || b < 0 || c < 0 || d < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }

    public long n() {
        return a + b + c + d;
    }

    /** Expected count of the pair under independence: (a+b)(a+c)/N. */
    public double expected() {
        return n() == 0 ? 0 : (double) (a + b) * (a + c) / n();
    }

    /**
     * A ratio with its 95 % interval. {@code corrected} says that 0.5 was added to every cell because one was
     * zero (Haldane-Anscombe), which a report must show next to the figure.
     */
    public record Estimate(double value, double lower, double upper, boolean corrected) {
    }

    /** Whether PRR is defined: it needs a > 0 (a report of the pair) and c > 0 (an event elsewhere). */
    public boolean prrDefined() {
        return a > 0 && c > 0;
    }

    /**
     * Proportional reporting ratio (a/(a+b)) / (c/(c+d)) with exp(ln PRR +- 1.96 SE), SE(ln PRR) =
     * sqrt(1/a - 1/(a+b) + 1/c - 1/(c+d)); defined for any b and d (b = 0 is the strongest case), empty when a or
     * c is 0.
     */
    public java.util.Optional<Estimate> prrEstimate() {
        if (!prrDefined()) {
            return java.util.Optional.empty();
        }
        double value = ((double) a / (a + b)) / ((double) c / (c + d));
        double se = prrLogSe();
        return java.util.Optional.of(new Estimate(value, value * Math.exp(-Z95 * se), value * Math.exp(Z95 * se),
                false));
    }

    /** PRR, or NaN when undefined (see {@link #prrEstimate()}). */
    public double prr() {
        return prrEstimate().map(Estimate::value).orElse(Double.NaN);
    }

    /** SE of ln PRR: sqrt(1/a - 1/(a+b) + 1/c - 1/(c+d)). */
    public double prrLogSe() {
        return Math.sqrt(Math.max(0, 1.0 / a - 1.0 / (a + b) + 1.0 / c - 1.0 / (c + d)));
    }

    /** 95 % confidence interval of PRR, {lower, upper}; {NaN, NaN} only when PRR is undefined. */
    public double[] prrCi() {
        return prrEstimate().map(e -> new double[] {e.lower(), e.upper()})
                .orElse(new double[] {Double.NaN, Double.NaN});
    }

    /**
     * Reporting odds ratio ad/bc with its 95 % interval, SE(ln ROR) = sqrt(1/a+1/b+1/c+1/d); when any cell is 0,
     * 0.5 is added to every cell (Haldane 1956, Anscombe 1956) and the estimate says it was corrected. Always
     * finite.
     */
    public Estimate rorEstimate() {
        boolean corrected = a == 0 || b == 0 || c == 0 || d == 0;
        double shift = corrected ? 0.5 : 0;
        double x = a + shift;
        double y = b + shift;
        double z = c + shift;
        double w = d + shift;
        double value = x * w / (y * z);
        double se = Math.sqrt(1 / x + 1 / y + 1 / z + 1 / w);
        return new Estimate(value, value * Math.exp(-Z95 * se), value * Math.exp(Z95 * se), corrected);
    }

    /** Reporting odds ratio (Haldane-Anscombe corrected when a cell is 0). */
    public double ror() {
        return rorEstimate().value();
    }

    public double[] rorCi() {
        Estimate ror = rorEstimate();
        return new double[] {ror.lower(), ror.upper()};
    }

    private double margins() {
        return (double) (a + b) * (c + d) * (a + c) * (b + d);
    }

    /** Pearson chi-square without continuity correction: N(ad-bc)^2 / margins; 0 when a margin is empty. */
    public double chiSquare() {
        if (margins() == 0) {
            return 0;
        }
        double diff = (double) a * d - (double) b * c;
        return n() * diff * diff / margins();
    }

    /** Chi-square with Yates' continuity correction: N(|ad-bc| - N/2)^2 / margins. */
    public double yatesChiSquare() {
        if (margins() == 0) {
            return 0;
        }
        double diff = Math.max(0, Math.abs((double) a * d - (double) b * c) - n() / 2.0);
        return n() * diff * diff / margins();
    }

    /** Evans criteria: PRR >= 2, Yates chi-square >= 4 and a >= 3. */
    public boolean evansSignal() {
        return a >= 3 && prrDefined() && prr() >= 2 && yatesChiSquare() >= 4;
    }

    /** ROR signal: lower 95 % limit above 1 and a >= 3. */
    public boolean rorSignal() {
        return a >= 3 && rorCi()[0] > 1;
    }

    /** Information component log2((a + 0.5) / (E + 0.5)) (the shrunk observed-to-expected ratio). */
    public double ic() {
        return Math.log((a + 0.5) / (expected() + 0.5)) / Math.log(2);
    }

    /**
     * Lower 95 % credibility limit of IC, by Norén's closed-form approximation
     * IC - 3.3 (a+0.5)^-1/2 - 2 (a+0.5)^-3/2; a signal when above 0.
     */
    public double ic025() {
        double shrunk = a + 0.5;
        return ic() - 3.3 * Math.pow(shrunk, -0.5) - 2 * Math.pow(shrunk, -1.5);
    }

    /** Whether E is below 5, when the reference asks for Fisher's exact test instead of chi-square. */
    public boolean smallExpected() {
        return expected() < 5;
    }

    /**
     * One-sided Fisher exact p-value P(X >= a) under the hypergeometric distribution with these margins.
     *
     * <p>The terms past the distribution's mode decrease (it is log-concave), so once adding one leaves the sum
     * unchanged, adding any later one would too: the sum stops there with the same value, bit for bit, as the sum
     * of every term. With counts in the thousands that is tens of terms instead of thousands.
     */
    public double fisherGreater() {
        long row1 = a + b;
        long col1 = a + c;
        long total = n();
        long max = Math.min(row1, col1);
        long mode = (long) Math.floor((row1 + 1.0) * (col1 + 1.0) / (total + 2.0));
        double logAll = Gamma.logChoose(total, col1);
        double p = 0;
        for (long x = a; x <= max; x++) {
            long y = row1 - x;
            long z = col1 - x;
            long w = total - row1 - z;
            if (y < 0 || z < 0 || w < 0) {
                continue;
            }
            double sum = p + Math.exp(Gamma.logChoose(row1, x) + Gamma.logChoose(total - row1, z) - logAll);
            if (sum == p && x > mode) {
                break;
            }
            p = sum;
        }
        return Math.min(1, p);
    }
}
