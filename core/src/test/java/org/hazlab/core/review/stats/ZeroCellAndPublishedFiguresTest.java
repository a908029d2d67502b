package org.hazlab.core.review.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table-driven checks of the 2x2 statistics with zero cells, and of EBGM posteriors against figures published
 * by openEBGM.
 */
class ZeroCellAndPublishedFiguresTest {

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }

    /**
     * The b = 0 table: a hazard whose 19 reports are all injuries, against 37 injuries in 388 other
     * reports (c and d follow from the published PRR and its interval: (c+d)/c = 10.49 and
     * 1/c - 1/(c+d) = (ln(14.25/10.49)/1.96)^2 give c = 37, c + d = 388).
     */
    @ParameterizedTest(name = "a={0} b={1} c={2} d={3}")
    @CsvSource({
        // a, b, c, d, PRR, PRR low, PRR high, Yates, IC025, EB05 (openEBGM starting prior)
        "19, 0, 37, 351, 10.49, 7.72, 14.25, 117.4, 1.88, 4.64",
        // REFERENCE.md's worked table, no zero cell
        "6, 94, 120, 9880, 5.00, 2.26, 11.08, 14.8, 0.48, 1.50",
    })
    void twoByTwoFigures(long a, long b, long c, long d, double prr, double low, double high, double yates,
                         double ic025, double eb05) {
        TwoByTwo table = new TwoByTwo(a, b, c, d);
        TwoByTwo.Estimate estimate = table.prrEstimate().orElseThrow();
        assertEquals(prr, round(estimate.value(), 2));
        assertEquals(low, round(estimate.lower(), 2));
        assertEquals(high, round(estimate.upper(), 2));
        assertEquals(yates, round(table.yatesChiSquare(), 1));
        assertEquals(ic025, round(table.ic025(), 2));
        assertEquals(eb05, round(Ebgm.of(a, table.expected(), Ebgm.Prior.DEFAULT).eb05(), 2));
    }

    @ParameterizedTest(name = "a={0} b={1} c={2} d={3}")
    @CsvSource({
        "19, 0, 37, 351, true",
        "3, 0, 0, 50, false",
        "0, 10, 5, 100, false",
        "5, 5, 0, 0, false",
    })
    void zeroCellsNeverGiveNaNLimitsOrInfiniteSignals(long a, long b, long c, long d, boolean prrDefined) {
        TwoByTwo table = new TwoByTwo(a, b, c, d);
        assertEquals(prrDefined, table.prrDefined());
        Optional<TwoByTwo.Estimate> prr = table.prrEstimate();
        prr.ifPresent(p -> assertTrue(Double.isFinite(p.value()) && Double.isFinite(p.lower())
                && Double.isFinite(p.upper())));
        TwoByTwo.Estimate ror = table.rorEstimate();
        assertTrue(Double.isFinite(ror.value()) && Double.isFinite(ror.lower()) && Double.isFinite(ror.upper()));
        assertEquals(a == 0 || b == 0 || c == 0 || d == 0, ror.corrected(), "Haldane-Anscombe shown as corrected");
        assertTrue(Double.isFinite(table.yatesChiSquare()));
        assertTrue(Double.isFinite(table.ic025()));
        if (!prrDefined) {
            assertFalse(table.evansSignal(), "an undefined PRR is never a signal");
        }
    }

    @ParameterizedTest(name = "a={0} b={1} c={2} d={3}: ROR {4}")
    @CsvSource({
        // (19.5 x 351.5) / (0.5 x 37.5) = 365.56
        "19, 0, 37, 351, 365.56",
        "6, 94, 120, 9880, 5.26",
    })
    void haldaneAnscombeCorrection(long a, long b, long c, long d, double ror) {
        assertEquals(ror, round(new TwoByTwo(a, b, c, d).ror(), 2));
    }

    /**
     * openEBGM's vignette "Empirical Bayes Metrics with openEBGM" (CAERS data): with the hyperparameters its
     * autoHyper fitted (3.25379356, 0.39988854, 2.02612692, 1.90807970, 0.06534557), the pairs below print these
     * N, E, EBGM, QUANT_05 and QUANT_95 (rounded to 2 places; openEBGM bisects quantiles to about 1e-2).
     */
    @ParameterizedTest(name = "N={0} E={1}")
    @CsvSource({
        "1, 0.0360548272, 2.23, 0.49",
        "1, 0.0038736591, 2.58, 0.52",
        "1, 0.0765792610, 1.92, 0.47",
        "16, 0.40643623, 23.26, 15.68",
        "19, 0.89690107, 16.78, 11.65",
        "6, 0.07866508, 18.28, 10.16",
        "8, 0.30482718, 15.25, 9.00",
        "11, 0.56317044, 14.28, 8.98",
    })
    void openEbgmPublishedPosteriors(long n, double e, double ebgm, double eb05) {
        Ebgm.Result result = Ebgm.of(n, e, Ebgm.Prior.OPENEBGM_CAERS);
        assertEquals(ebgm, round(result.ebgm(), 2));
        assertEquals(eb05, result.eb05(), 0.011);
    }
}
