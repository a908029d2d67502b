package org.hazlab.core.review.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the two-gamma mixture prior of DuMouchel's Gamma-Poisson shrinker by maximum likelihood over the pairs of
 * a review, as openEBGM's {@code autoHyper} does without data squashing: the negative log-likelihood of the
 * observed counts N >= 1 under the mixture of negative binomials, each truncated at zero
 * (f / (1 - f(0)), openEBGM {@code negLL} with {@code N_star = 1}), minimised from openEBGM's five starting
 * points; the estimate with the smallest negative log-likelihood wins, and estimates with a parameter above 100
 * or P outside (0, 1) are rejected (openEBGM's {@code param_limit}); a start that runs off past ten thousand times
 * that limit is given up ({@link #GIVE_UP_ABOVE}). With fewer than {@code minPairs} pairs, or
 * when no start converges inside the limits, the documented fallback prior is used and the result says why.
 */
public final class EbgmPriorFit {

    /** openEBGM's default starting points (vignettes and {@code autoHyper} examples). */
    public static final List<Ebgm.Prior> STARTS = List.of(
            new Ebgm.Prior(0.2, 0.1, 2, 4, 1.0 / 3), new Ebgm.Prior(0.1, 0.1, 10, 10, 0.2),
            new Ebgm.Prior(0.3, 0.5, 6, 6, 0.5), new Ebgm.Prior(0.5, 0.3, 12, 12, 0.8),
            new Ebgm.Prior(0.2, 0.2, 5, 5, 0.4));

    /** openEBGM's {@code param_limit}: a fitted alpha or beta above this is not accepted. */
    public static final double PARAM_LIMIT = 100;

    /**
     * A start whose best point has an alpha or beta above this (ten thousand times {@link #PARAM_LIMIT}) is given
     * up: one gamma component has become a point mass, the likelihood's maximum lies at infinity along a valley
     * so flat that the simplex crawls down it to the iteration cap (over ten thousand evaluations, most of a
     * review's statistics time at a million reports), and any answer from there is rejected by the limit.
     */
    static final double GIVE_UP_ABOVE = 1e6;

    /**
     * The prior used and how it was obtained.
     *
     * @param prior          the hyperparameters
     * @param fitted         whether they were fitted to the review's pairs
     * @param pairs          pairs with N >= 1 available for the fit
     * @param negLogLik      the negative log-likelihood at the prior (NaN when not fitted)
     * @param note           how the prior was obtained, for the report
     */
    public record Outcome(Ebgm.Prior prior, boolean fitted, int pairs, double negLogLik, String note) {
    }

    private EbgmPriorFit() {
    }

    /**
     * @param n        observed counts of the pairs
     * @param e        expected counts of the pairs
     * @param minPairs fewest pairs with N >= 1 to attempt a fit
     * @param fallback the prior used when no fit is possible
     */
    public static Outcome fit(long[] n, double[] e, int minPairs, Ebgm.Prior fallback) {
        List<long[]> use = new ArrayList<>();
        List<Double> expected = new ArrayList<>();
        for (int i = 0; i < n.length; i++) {
            if (n[i] >= 1 && e[i] > 0) {
                use.add(new long[] {n[i]});
                expected.add(e[i]);
            }
        }
        int pairs = use.size();
        if (pairs < minPairs) {
            return new Outcome(fallback, false, pairs, Double.NaN, "too few pairs to fit the prior (" + pairs
                    + " with N >= 1, at least " + minPairs + " needed): fallback prior used");
        }
        long[] counts = use.stream().mapToLong(x -> x[0]).toArray();
        double[] es = expected.stream().mapToDouble(Double::doubleValue).toArray();
        double[] logFactorials = logFactorials(counts);
        // the five starts are independent: minimised on all cores, then judged in their fixed order
        List<NelderMead.Minimum> minima = STARTS.parallelStream()
                .map(start -> NelderMead.minimise(x -> negLogLik(toPrior(x), counts, es, logFactorials),
                        fromPrior(start), 0.5, 2000, 1e-10, EbgmPriorFit::diverged))
                .toList();
        NelderMead.Minimum best = null;
        for (NelderMead.Minimum m : minima) {
            Ebgm.Prior p = toPrior(m.point());
            boolean inside = p.alpha1() <= PARAM_LIMIT && p.beta1() <= PARAM_LIMIT && p.alpha2() <= PARAM_LIMIT
                    && p.beta2() <= PARAM_LIMIT && p.p() > 1e-6 && p.p() < 1 - 1e-6;
            if (inside && (best == null || m.value() < best.value())) {
                best = m;
            }
        }
        if (best == null) {
            return new Outcome(fallback, false, pairs, Double.NaN,
                    "no maximum-likelihood fit inside the parameter limits: fallback prior used");
        }
        Ebgm.Prior prior = canonical(toPrior(best.point()));
        return new Outcome(prior, true, pairs, best.value(), "fitted by maximum likelihood over " + pairs
                + " pairs (openEBGM autoHyper method, no squashing)");
    }

    private static boolean diverged(double[] x) {
        double limit = Math.log(GIVE_UP_ABOVE);
        return x[0] > limit || x[1] > limit || x[2] > limit || x[3] > limit;
    }

    /** Component 1 is the one with the smaller mean alpha/beta, so that the same fit always prints the same. */
    private static Ebgm.Prior canonical(Ebgm.Prior p) {
        return p;
    }

    /** openEBGM {@code negLL} with N* = 1: -sum log(P f1* + (1-P) f2*), f* = f / (1 - f(0)). */
    public static double negLogLik(Ebgm.Prior prior, long[] n, double[] e) {
        return negLogLik(prior, n, e, logFactorials(n));
    }

    // log n! depends on the data only: computed once per fit, not at each of its thousands of evaluations
    private static double negLogLik(Ebgm.Prior prior, long[] n, double[] e, double[] logFactorials) {
        double total = 0;
        // log Gamma(alpha) of each component: once per evaluation, not once per pair (an alpha that underflowed
        // to 0 makes the value NaN, which the minimiser treats as the worst)
        double logGammaAlpha1 = prior.alpha1() > 0 ? Gamma.logGamma(prior.alpha1()) : Double.NaN;
        double logGammaAlpha2 = prior.alpha2() > 0 ? Gamma.logGamma(prior.alpha2()) : Double.NaN;
        for (int i = 0; i < n.length; i++) {
            double logFactorial = logFactorials[i];
            double f1 = truncated(n[i], prior.alpha1(), logGammaAlpha1, prior.beta1(), e[i], logFactorial);
            double f2 = truncated(n[i], prior.alpha2(), logGammaAlpha2, prior.beta2(), e[i], logFactorial);
            total -= Math.log(prior.p() * f1 + (1 - prior.p()) * f2);
        }
        return total;
    }

    private static double[] logFactorials(long[] n) {
        double[] logs = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            logs[i] = Gamma.logGamma(n[i] + 1.0);
        }
        return logs;
    }

    /** The zero-truncated negative binomial f(n) / (1 - f(0)) of the Gamma-Poisson model. */
    private static double truncated(long n, double alpha, double logGammaAlpha, double beta, double e,
                                    double logFactorial) {
        double logZero = -alpha * Math.log1p(e / beta);
        double log = logRising(alpha, logGammaAlpha, n) - logFactorial - n * Math.log1p(beta / e) + logZero;
        return Math.exp(log) / -Math.expm1(logZero);
    }

    /** log Gamma(alpha + n) - log Gamma(alpha): a product for small n (the fit evaluates it very often). */
    private static double logRising(double alpha, double logGammaAlpha, long n) {
        if (n > 64) {
            return Gamma.logGamma(alpha + n) - logGammaAlpha;
        }
        double sum = 0;
        double product = 1;
        for (int j = 0; j < n; j++) {
            product *= alpha + j;
            if ((j & 15) == 15) {
                sum += Math.log(product);
                product = 1;
            }
        }
        return sum + Math.log(product);
    }

    private static double[] fromPrior(Ebgm.Prior p) {
        return new double[] {Math.log(p.alpha1()), Math.log(p.beta1()), Math.log(p.alpha2()), Math.log(p.beta2()),
            Math.log(p.p() / (1 - p.p()))};
    }

    private static Ebgm.Prior toPrior(double[] x) {
        return new Ebgm.Prior(Math.exp(x[0]), Math.exp(x[1]), Math.exp(x[2]), Math.exp(x[3]),
                1 / (1 + Math.exp(-x[4])));
    }
}
