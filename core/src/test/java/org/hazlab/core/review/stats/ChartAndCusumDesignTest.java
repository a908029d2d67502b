package org.hazlab.core.review.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Laney u' only after a dispersion test, sigma_z >= 1, and CUSUM h from a target ARL. */
class ChartAndCusumDesignTest {

    /** The constant baseline of 2: the old u' put its limit on the centre line, so 3 reports fired. */
    @Test
    void constantBaselineIsNotOverdispersedAndThreeReportsDoNotFire() {
        double[] base = {2, 2, 2, 2, 2, 2, 2, 2};
        double[] exposure = {1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000};
        assertEquals(1.0, ControlChart.dispersionPValue(base, exposure), 1e-12, "X^2 = 0: no overdispersion");
        ControlChart chart = ControlChart.choose(base, exposure, new double[] {3}, new double[] {1000}, 0.05);
        assertEquals("u", chart.kind());
        assertFalse(chart.points().get(0).above());
        ControlChart laney = ControlChart.laneyUChart(base, exposure, new double[] {3}, new double[] {1000});
        assertEquals(1.0, laney.sigmaZ(), "sigma_z is never below 1");
        assertFalse(laney.points().get(0).above());
    }

    @Test
    void overdispersedBaselineGetsLaney() {
        double[] base = {1, 12, 2, 15, 0, 11, 3, 14};
        double p = ControlChart.dispersionPValue(base, ones(8));
        assertTrue(p < 0.05, "p " + p);
        ControlChart chart = ControlChart.choose(base, null, new double[] {20}, null, 0.05);
        assertEquals("u'", chart.kind());
        assertTrue(chart.sigmaZ() > 1);
    }

    /** With h = 0 the CUSUM signals whenever x > k: ARL = 1 / P(X > k), a closed form. */
    @ParameterizedTest(name = "mu {0}, k {1}")
    @CsvSource({"2, 3", "4, 6", "0.5, 1"})
    void markovChainArlMatchesTheClosedFormAtHZero(double mu, int k) {
        double cdf = 0;
        double term = Math.exp(-mu);
        for (int x = 0; x <= k; x++) {
            cdf += term;
            term *= mu / (x + 1);
        }
        assertEquals(1 / (1 - cdf), CusumDesign.arl(mu, k * CusumDesign.GRID, 0), 1e-9);
    }

    /**
     * Counts of hundreds or thousands per period put k many standard deviations above the mean, where 1 - P(stay
     * at 0) was rounding noise (ARLs of 1e18 or negative, and a futile search up to the cap): the closed form at
     * h = 0, with the Poisson tail summed in log space here, and the design a review of a million reports meets.
     */
    @ParameterizedTest(name = "mu {0}, k {1}")
    @CsvSource({"1040.75, 1501", "443, 639", "30, 60"})
    void theChainResolvesTailsFarBeyondDoublePrecisionOfOneMinusTheCdf(double mu, int k) {
        double logFactorial = 0;
        for (int x = 2; x <= k; x++) {
            logFactorial += Math.log(x);
        }
        double tail = 0;
        for (int x = k + 1; x <= k + 5000; x++) {
            logFactorial += Math.log(x);
            tail += Math.exp(-mu + x * Math.log(mu) - logFactorial);
        }
        double arl = CusumDesign.arl(mu, k * CusumDesign.GRID, 0);
        assertEquals(1, arl * tail, 1e-9, "ARL " + arl + " against 1 / " + tail);

        CusumDesign design = CusumDesign.forTarget(1040.75, 2081.5, 370);
        assertEquals(0.25, design.h(), 1e-12, design.toString());
        assertTrue(Double.isFinite(design.arl0()) && design.arl0() > 1e40, design.toString());
        assertEquals(1, design.arl1(), 1e-6, "a mean of twice mu0 signals in its first period: " + design);
    }

    @Test
    void siegmundsApproximationNeverGivesARunShorterThanOnePeriod() {
        assertEquals(1, CusumDesign.siegmundArl(1000, 100, 0.5), 0);
        assertTrue(CusumDesign.siegmundArl(2, 4, 3) > 1);
    }

    /**
     * The search that starts from Siegmund's estimate finds the same h as a plain search upwards from the smallest
     * grid value (a second implementation, here), for means and targets across the range reviews meet.
     */
    @Test
    void theGuidedSearchFindsTheSameHAsASearchFromTheBottom() {
        for (double mu0 : new double[] {0.05, 0.2, 0.5, 0.9, 1.3, 2, 3.7, 5, 8, 11, 16, 25}) {
            for (double target : new double[] {50, 200, 370, 1000, 5000}) {
                for (double ratio : new double[] {1.5, 2, 3}) {
                    CusumDesign design = CusumDesign.forTarget(mu0, ratio * mu0, target);
                    int km = (int) Math.round(design.k() * CusumDesign.GRID);
                    Integer reference = smallestH(mu0, km, target);
                    if (reference == null) {
                        assertEquals(CusumDesign.siegmundArl(mu0, design.k(), design.h()), design.arl0(), 1e-9,
                                design.toString());
                    } else if (design.arl0() != CusumDesign.siegmundArl(mu0, design.k(), design.h())) {
                        assertEquals(reference / (double) CusumDesign.GRID, design.h(), 1e-12,
                                mu0 + " " + target + " " + ratio);
                    }
                }
            }
        }
    }

    /** The smallest grid h >= 1 with ARL0 at or above the target, trying every h in turn; null past the cap. */
    private static Integer smallestH(double mu0, int km, double target) {
        for (int h = 1; h <= CusumDesign.MAX_EXACT_H; h++) {
            if (CusumDesign.arl(mu0, km, h) >= target) {
                return h;
            }
        }
        return null;
    }

    /** h is the smallest grid value reaching the target ARL0, whatever mu0: the fixed h = 4 did not. */
    @ParameterizedTest(name = "mu0 {0}")
    @CsvSource({"0.5", "1", "2", "4", "8", "16"})
    void hIsChosenForTheTargetArl(double mu0) {
        CusumDesign design = CusumDesign.forTarget(mu0, 2 * mu0, 370);
        assertTrue(design.arl0() >= 370, design.toString());
        assertTrue(CusumDesign.arl(mu0, (int) Math.round(design.k() * CusumDesign.GRID),
                (int) Math.round(design.h() * CusumDesign.GRID) - 1) < 370, design.toString());
        assertTrue(design.arl1() < design.arl0() / 10, design.toString());
    }

    private static double[] ones(int n) {
        double[] values = new double[n];
        java.util.Arrays.fill(values, 1);
        return values;
    }
}
