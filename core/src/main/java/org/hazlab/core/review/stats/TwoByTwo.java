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
        return (double) (a + b) * (a + c) / n();
    }

    /** Proportional reporting ratio (a/(a+b)) / (c/(c+d)). */
    public double prr() {
        return ((double) a / (a + b)) / ((double) c / (c + d));
    }

    /** SE of ln PRR: sqrt(1/a - 1/(a+b) + 1/c - 1/(c+d)). */
    public double prrLogSe() {
        return Math.sqrt(1.0 / a - 1.0 / (a + b) + 1.0 / c - 1.0 / (c + d));
    }

    /** 95 % confidence interval of PRR, {lower, upper}. */
    public double[] prrCi() {
        double ln = Math.log(prr());
        return new double[] {Math.exp(ln - Z95 * prrLogSe()), Math.exp(ln + Z95 * prrLogSe())};
    }

    /** Reporting odds ratio ad/bc. */
    public double ror() {
        return (double) a * d / ((double) b * c);
    }

    public double rorLogSe() {
        return Math.sqrt(1.0 / a + 1.0 / b + 1.0 / c + 1.0 / d);
    }

    public double[] rorCi() {
        double ln = Math.log(ror());
        return new double[] {Math.exp(ln - Z95 * rorLogSe()), Math.exp(ln + Z95 * rorLogSe())};
    }

    private double margins() {
        return (double) (a + b) * (c + d) * (a + c) * (b + d);
    }

    /** Pearson chi-square without continuity correction: N(ad-bc)^2 / margins. */
    public double chiSquare() {
        double diff = (double) a * d - (double) b * c;
        return n() * diff * diff / margins();
    }

    /** Chi-square with Yates' continuity correction: N(|ad-bc| - N/2)^2 / margins. */
    public double yatesChiSquare() {
        double diff = Math.max(0, Math.abs((double) a * d - (double) b * c) - n() / 2.0);
        return n() * diff * diff / margins();
    }

    /** Evans criteria: PRR >= 2, Yates chi-square >= 4 and a >= 3. */
    public boolean evansSignal() {
        return a >= 3 && prr() >= 2 && yatesChiSquare() >= 4;
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

    /** One-sided Fisher exact p-value P(X >= a) under the hypergeometric distribution with these margins. */
    public double fisherGreater() {
        long row1 = a + b;
        long col1 = a + c;
        long total = n();
        long max = Math.min(row1, col1);
        double p = 0;
        for (long x = a; x <= max; x++) {
            long y = row1 - x;
            long z = col1 - x;
            long w = total - row1 - z;
            if (y < 0 || z < 0 || w < 0) {
                continue;
            }
            p += Math.exp(Gamma.logChoose(row1, x) + Gamma.logChoose(total - row1, z) - Gamma.logChoose(total, col1));
        }
        return Math.min(1, p);
    }
}
