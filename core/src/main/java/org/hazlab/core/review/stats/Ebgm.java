package org.hazlab.core.review.stats;

/**
 * DuMouchel's Gamma-Poisson shrinker (MGPS): the empirical-Bayes geometric mean (EBGM) of the relative reporting
 * ratio of a pair and its 5th percentile EB05, under a prior that mixes two gamma distributions. Signal when
 * EB05 >= 2 (REFERENCE.md section 5; DuMouchel 1999; openEBGM). The prior's hyperparameters are fitted to all
 * pairs of the review by {@link EbgmPriorFit}; when there are too few pairs the review falls back to
 * {@link Prior#DUMOUCHEL_1999}, DuMouchel's prior fitted to the FDA spontaneous reporting system, and says so.
 */
public final class Ebgm {

    /**
     * The two-gamma mixture prior: with probability {@code p} Gamma(alpha1, beta1), else Gamma(alpha2, beta2).
     */
    public record Prior(double alpha1, double beta1, double alpha2, double beta2, double p) {
        /** openEBGM's customary starting values (alpha1 .2, beta1 .1, alpha2 2, beta2 4, P 1/3). */
        public static final Prior DEFAULT = new Prior(0.2, 0.1, 2, 4, 1.0 / 3);
        /** DuMouchel (1999)'s prior fitted to the FDA spontaneous reporting system, as rounded in PhViD's GPS
         *  default ({@code PRIOR.INIT}: alpha1 0.2, beta1 0.06, alpha2 1.4, beta2 1.8, w 0.1): the documented
         *  fallback when a review has too few pairs to fit its own. */
        public static final Prior DUMOUCHEL_1999 = new Prior(0.2, 0.06, 1.4, 1.8, 0.1);
        /** The prior openEBGM's {@code autoHyper} fits to its CAERS example (vignette "Empirical Bayes Metrics
         *  with openEBGM"): a published fitted prior, used by the tests to check posteriors. */
        public static final Prior OPENEBGM_CAERS = new Prior(3.25379356, 0.39988854, 2.02612692, 1.90807970,
                0.06534557);
    }

    /**
     * Result for one pair.
     *
     * @param ebgm  empirical-Bayes geometric mean of the relative ratio
     * @param eb05  5th percentile of its posterior
     * @param q     posterior weight of the first mixture component
     */
    public record Result(double ebgm, double eb05, double q) {
        public boolean signal() {
            return eb05 >= 2;
        }
    }

    private Ebgm() {
    }

    public static Result of(long n, double e, Prior prior) {
        double log1 = logNegBinomial(n, prior.alpha1(), prior.beta1(), e);
        double log2 = logNegBinomial(n, prior.alpha2(), prior.beta2(), e);
        double w1 = Math.log(prior.p()) + log1;
        double w2 = Math.log(1 - prior.p()) + log2;
        double max = Math.max(w1, w2);
        double q = Math.exp(w1 - max) / (Math.exp(w1 - max) + Math.exp(w2 - max));
        double a1 = prior.alpha1() + n;
        double b1 = prior.beta1() + e;
        double a2 = prior.alpha2() + n;
        double b2 = prior.beta2() + e;
        double eLog = q * (Gamma.digamma(a1) - Math.log(b1)) + (1 - q) * (Gamma.digamma(a2) - Math.log(b2));
        return new Result(Math.exp(eLog), quantile(0.05, q, a1, b1, a2, b2), q);
    }

    /** log of the negative binomial marginal f(n; alpha, beta, E) of the Gamma-Poisson model. */
    static double logNegBinomial(long n, double alpha, double beta, double e) {
        return Gamma.logGamma(alpha + n) - Gamma.logGamma(alpha) - Gamma.logGamma(n + 1.0)
                - n * Math.log(1 + beta / e) - alpha * Math.log(1 + e / beta);
    }

    private static double quantile(double prob, double q, double a1, double b1, double a2, double b2) {
        double lo = 0;
        double hi = 1;
        while (cdf(hi, q, a1, b1, a2, b2) < prob) {
            hi *= 2;
        }
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if (cdf(mid, q, a1, b1, a2, b2) < prob) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static double cdf(double x, double q, double a1, double b1, double a2, double b2) {
        return q * Gamma.regularizedP(a1, b1 * x) + (1 - q) * Gamma.regularizedP(a2, b2 * x);
    }
}
