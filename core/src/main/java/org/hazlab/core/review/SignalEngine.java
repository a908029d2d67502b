package org.hazlab.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazlab.core.review.stats.ControlChart;
import org.hazlab.core.review.stats.CusumDesign;
import org.hazlab.core.review.stats.Ebgm;
import org.hazlab.core.review.stats.Ewma;
import org.hazlab.core.review.stats.TwoByTwo;

/**
 * Computes {@link Signals} for series of one review with its parameters, its EBGM prior and the exposure
 * per period; remembers CUSUM designs (one per baseline mean) because a review asks for the same few many times.
 * Safe to call from several threads.
 */
final class SignalEngine {

    private final SignalParameters parameters;
    private final Ebgm.Prior prior;
    private final double[] exposure;
    // concurrent: the review asks for the signals of its hazards and items on both cores
    private final Map<Double, CusumDesign> designs = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param exposure exposure per period (any unit: charts compare rates within one series), or null
     */
    SignalEngine(SignalParameters parameters, Ebgm.Prior prior, double[] exposure) {
        this.parameters = parameters;
        this.prior = prior;
        this.exposure = exposure;
    }

    /**
     * @param counts    the series
     * @param events    its event-of-interest reports per period
     * @param allEvents event-of-interest reports of all incidents per period
     * @param all       all incidents per period
     * @param index     the period judged
     * @param baseline  number of periods before it forming the baseline
     */
    Signals at(long[] counts, long[] events, long[] allEvents, long[] all, int index, int baseline) {
        int from = Math.max(0, index - baseline);
        double[] base = new double[index - from];
        for (int i = from; i < index; i++) {
            base[i - from] = counts[i];
        }
        double mean = 0;
        for (double value : base) {
            mean += value;
        }
        mean = base.length == 0 ? 0 : mean / base.length;
        List<String> fired = new ArrayList<>();
        boolean exposed = exposure != null && base.length > 0;
        for (int i = from; exposed && i <= index; i++) {
            exposed = exposure[i] > 0;
        }
        double[] baseExposure = null;
        double[] nowExposure = null;
        if (exposed) {
            baseExposure = new double[base.length];
            System.arraycopy(exposure, from, baseExposure, 0, base.length);
            nowExposure = new double[] {exposure[index]};
        }
        ControlChart chart = ControlChart.choose(base, baseExposure, new double[] {counts[index]}, nowExposure,
                parameters.overdispersionAlpha());
        double dispersionP = ControlChart.dispersionPValue(base, baseExposure != null ? baseExposure : ones(base));
        int minReports = parameters.minReports();
        if (base.length >= 2 && chart.points().get(0).above() && counts[index] >= minReports) {
            fired.add(chart.kind() + "-chart");
        }
        double[] window = new double[index - from + 1];
        for (int i = from; i <= index; i++) {
            window[i - from] = counts[i];
        }
        double mu0 = Math.max(mean, 0.5);
        CusumDesign design = designs.computeIfAbsent(mu0, m -> CusumDesign.forTarget(m,
                parameters.cusumShift() * m, parameters.cusumTargetArl()));
        double[] cusum = design.cusum().path(window);
        if (base.length >= 2 && cusum[cusum.length - 1] > design.h() && counts[index] >= minReports) {
            fired.add("cusum");
        }
        Ewma ewmaChart = new Ewma(mu0, parameters.ewmaLambda(), parameters.ewmaWidth());
        double[] ewma = ewmaChart.path(window);
        double upper = ewmaChart.upper(window.length - 1);
        if (base.length >= 2 && ewma[ewma.length - 1] > upper) {
            fired.add("ewma");
        }
        long a = 0;
        long ab = 0;
        long ac = 0;
        long n = 0;
        for (int i = from; i <= index; i++) {
            a += events[i];
            ab += counts[i];
            ac += allEvents[i];
            n += all[i];
        }
        TwoByTwo table = null;
        Ebgm.Result eb = null;
        if (ab > 0) {
            table = new TwoByTwo(a, ab - a, ac - a, n - ab - ac + a);
            eb = table.expected() > 0 ? Ebgm.of(a, table.expected(), prior) : null;
            if (table.evansSignal()) {
                fired.add("prr-evans");
            }
            if (table.rorSignal()) {
                fired.add("ror");
            }
            if (a >= minReports && table.ic025() > 0) {
                fired.add("ic025");
            }
            if (a >= minReports && eb != null && eb.signal()) {
                fired.add("eb05");
            }
        }
        return new Signals(mean, chart, dispersionP, design, cusum, ewma, upper, table, eb, fired);
    }

    private static double[] ones(double[] like) {
        double[] values = new double[like.length];
        java.util.Arrays.fill(values, 1);
        return values;
    }
}
