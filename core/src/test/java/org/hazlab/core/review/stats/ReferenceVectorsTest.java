package org.hazlab.core.review.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The worked numbers of REFERENCE.md section 5 (copied into docs/periodic-review.md) as test vectors. */
class ReferenceVectorsTest {

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    @Test
    void prrRorAndChiSquareOfTheWorkedTable() {
        TwoByTwo table = new TwoByTwo(6, 94, 120, 9880);
        assertEquals(5.00, round2(table.prr()));
        assertEquals(2.26, round2(table.prrCi()[0]));
        assertEquals(11.08, round2(table.prrCi()[1]));
        assertEquals(5.26, round2(table.ror()));
        assertEquals(2.26, round2(table.rorCi()[0]));
        assertEquals(12.23, round2(table.rorCi()[1]));
        assertEquals(18.52, round2(table.chiSquare()));
        assertEquals(14.83, round2(table.yatesChiSquare()));
        assertTrue(table.evansSignal());
        assertTrue(table.rorSignal());
        assertEquals(1.25, round2(table.expected()));
        assertTrue(table.smallExpected(), "E < 5: the reference asks for Fisher's exact test");
        assertTrue(table.fisherGreater() < 0.01);
        assertTrue(table.ic() > 1.5);
        assertTrue(table.ic025() > 0);
    }

    @Test
    void evansNeedsThreeReports() {
        TwoByTwo two = new TwoByTwo(2, 10, 10, 1000);
        assertTrue(two.prr() >= 2);
        assertFalse(two.evansSignal());
    }

    @Test
    void openEbgmHandComputedCounts() {
        List<String> var1 = List.of("A", "B", "B", "B", "C", "A", "A", "B", "B", "C");
        List<String> var2 = List.of("1", "2", "2", "3", "3", "2", "3", "3", "3", "1");
        Map<String, PairCounts.Pair> pairs = PairCounts.of(var1, var2).stream()
                .collect(Collectors.toMap(p -> p.var1() + "-" + p.var2(), Function.identity()));
        check(pairs.get("A-1"), 1, 0.6, 1.6667, 2.3333);
        check(pairs.get("B-3"), 3, 2.5, 1.2, 1.5);
        check(pairs.get("C-1"), 1, 0.4, 2.5, 4);
    }

    private static void check(PairCounts.Pair pair, long n, double e, double rr, double prr) {
        assertEquals(n, pair.n());
        assertEquals(e, pair.e(), 1e-9);
        assertEquals(rr, pair.rr(), 1e-4);
        assertEquals(prr, pair.prr(), 1e-4);
    }

    @Test
    void ebgmShrinksSmallCountsAndFlagsLargeRatios() {
        Ebgm.Result small = Ebgm.of(1, 0.6, Ebgm.Prior.DEFAULT);
        assertTrue(small.ebgm() < 1.6667, "shrunk below the raw ratio");
        assertFalse(small.signal());
        Ebgm.Result big = Ebgm.of(60, 6, Ebgm.Prior.DEFAULT);
        assertTrue(big.ebgm() > 7 && big.ebgm() < 10, "close to RR 10 with many reports: " + big.ebgm());
        assertTrue(big.eb05() < big.ebgm());
        assertTrue(big.signal());
    }

    @Test
    void specialFunctions() {
        assertEquals(Math.log(24), Gamma.logGamma(5), 1e-12);
        assertEquals(-0.5772156649015329, Gamma.digamma(1), 1e-10);
        assertEquals(1 - Math.exp(-2), Gamma.regularizedP(1, 2), 1e-12);
        assertEquals(1 - Math.exp(-3) * 8.5, Gamma.regularizedP(3, 3), 1e-12);
    }

    @Test
    void cChartLimitsAreCentrePlusMinusThreeRootCentre() {
        ControlChart chart = ControlChart.cChart(new double[] {12, 8, 8, 6}, new double[] {12, 31});
        assertEquals(8.5, chart.centre());
        assertEquals(8.5 + 3 * Math.sqrt(8.5), chart.points().get(0).upper(), 1e-12);
        assertEquals(0, chart.points().get(0).lower(), 1e-12);
        assertFalse(chart.points().get(0).above());
        assertTrue(chart.points().get(1).above());
    }

    @Test
    void uChartAndLaneyInflation() {
        double[] counts = {100, 300, 120, 280, 90, 310};
        double[] exposure = {10000, 10000, 10000, 10000, 10000, 10000};
        ControlChart u = ControlChart.uChart(counts, exposure, counts, exposure);
        assertEquals(0.02, u.centre(), 1e-12);
        assertEquals(0.02 + 3 * Math.sqrt(0.02 / 10000), u.points().get(0).upper(), 1e-12);
        ControlChart laney = ControlChart.laneyUChart(counts, exposure, counts, exposure);
        assertTrue(laney.sigmaZ() > 1, "overdispersed: sigma_z " + laney.sigmaZ());
        assertTrue(u.points().stream().anyMatch(ControlChart.Point::above));
        assertTrue(laney.points().stream().noneMatch(ControlChart.Point::above), "u' widens the limits");
        // z = (u - ubar)/sqrt(ubar/n) = (x - 200)/sqrt(200); sigma_z = mean |MR| / 1.128
        double r = Math.sqrt(200);
        double[] z = {-100 / r, 100 / r, -80 / r, 80 / r, -110 / r, 110 / r};
        double mr = 0;
        for (int i = 1; i < z.length; i++) {
            mr += Math.abs(z[i] - z[i - 1]);
        }
        assertEquals(mr / 5 / 1.128, laney.sigmaZ(), 1e-12);
    }

    @Test
    void poissonCusum() {
        PoissonCusum cusum = new PoissonCusum(4, 8, 5);
        assertEquals(4 / Math.log(2), cusum.k(), 1e-12);
        double[] path = cusum.path(new double[] {4, 3, 9, 10, 12});
        double k = cusum.k();
        double s1 = Math.max(0, 4 - k);
        double s2 = Math.max(0, s1 + 3 - k);
        double s3 = Math.max(0, s2 + 9 - k);
        assertArrayEquals(new double[] {s1, s2, s3, s3 + 10 - k, s3 + 10 - k + 12 - k}, path, 1e-12);
        assertEquals(3, cusum.firstSignal(new double[] {4, 3, 9, 10, 12}));
    }

    @Test
    void ewma() {
        Ewma ewma = Ewma.standard(4);
        double[] z = ewma.path(new double[] {4, 4, 14});
        assertEquals(4, z[0], 1e-12);
        assertEquals(0.2 * 14 + 0.8 * 4, z[2], 1e-12);
        assertEquals(4 + 3 * 2 * Math.sqrt(0.2 / 1.8 * (1 - Math.pow(0.8, 2))), ewma.upper(0), 1e-12);
        assertTrue(ewma.signal(new double[] {4, 4, 14}, 2));
    }
}
