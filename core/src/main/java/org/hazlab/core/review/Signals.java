package org.hazlab.core.review;

import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.review.stats.ControlChart;
import org.hazlab.core.review.stats.Ebgm;
import org.hazlab.core.review.stats.Ewma;
import org.hazlab.core.review.stats.PoissonCusum;
import org.hazlab.core.review.stats.TwoByTwo;

/**
 * The trend and disproportionality results for one series (a hazard's reports) at one period, from the baseline
 * periods before it. Computed for the review period and for the period before, so that a review can say which
 * signals are new.
 *
 * @param baselineMean mean count per baseline period (the c chart's centre, the CUSUM's mu0)
 * @param chart        c chart, or Laney u' chart when exposure is known for every period used
 * @param cusum        upper Poisson CUSUM S_t over the baseline and the period (mu1 = 2 mu0, h = 4)
 * @param ewma         EWMA z_t over the baseline and the period (lambda 0.2, L 3)
 * @param ewmaUpper    the EWMA's upper limit at the period
 * @param harmTable    2x2 table of harm (death or injury) vs other reports, this series vs all other reports,
 *                     over the baseline and the period
 * @param ebgm         EBGM of the harm pair
 * @param fired        names of the signals raised at the period ("c-chart", "u'-chart", "cusum", "ewma",
 *                     "prr-evans", "ror", "ic025", "eb05"); a chart signal needs 3 or more reports
 */
public record Signals(double baselineMean, ControlChart chart, double[] cusum, double[] ewma, double ewmaUpper,
                      TwoByTwo harmTable, Ebgm.Result ebgm, List<String> fired) {

    static final double CUSUM_H = 4;
    /** A chart signal needs at least this many reports in the period (as Evans's a >= 3): one or two reports of
     *  a hazard never seen before are news, not a trend. */
    static final int MIN_REPORTS = 3;

    /**
     * @param counts    the series
     * @param harm      its harm reports per period
     * @param allHarm   harm reports of all incidents per period
     * @param all       all incidents per period
     * @param index     the period judged
     * @param baseline  number of periods before it forming the baseline
     * @param exposure  exposure per period, or null
     */
    static Signals at(long[] counts, long[] harm, long[] allHarm, long[] all, int index, int baseline,
                      double[] exposure) {
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
        ControlChart chart;
        boolean exposed = exposure != null && base.length > 0;
        for (int i = from; exposed && i <= index; i++) {
            exposed = exposure[i] > 0;
        }
        if (exposed) {
            double[] baseExposure = new double[base.length];
            System.arraycopy(exposure, from, baseExposure, 0, base.length);
            chart = ControlChart.laneyUChart(base, baseExposure, new double[] {counts[index]},
                    new double[] {exposure[index]});
            if (chart.points().get(0).above() && counts[index] >= MIN_REPORTS) {
                fired.add("u'-chart");
            }
        } else {
            chart = ControlChart.cChart(base, new double[] {counts[index]});
            if (base.length >= 2 && chart.points().get(0).above() && counts[index] >= MIN_REPORTS) {
                fired.add("c-chart");
            }
        }
        double[] window = new double[index - from + 1];
        for (int i = from; i <= index; i++) {
            window[i - from] = counts[i];
        }
        double mu0 = Math.max(mean, 0.5);
        double[] cusum = new PoissonCusum(mu0, 2 * mu0, CUSUM_H).path(window);
        if (base.length >= 2 && cusum[cusum.length - 1] > CUSUM_H) {
            fired.add("cusum");
        }
        Ewma ewmaChart = Ewma.standard(mu0);
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
            a += harm[i];
            ab += counts[i];
            ac += allHarm[i];
            n += all[i];
        }
        TwoByTwo table = null;
        Ebgm.Result eb = null;
        long b = ab - a;
        long c = ac - a;
        long d = n - a - b - c;
        if (a > 0 && b > 0 && c > 0 && d > 0) {
            table = new TwoByTwo(a, b, c, d);
            eb = Ebgm.of(a, table.expected(), Ebgm.Prior.DEFAULT);
            if (table.evansSignal()) {
                fired.add("prr-evans");
            }
            if (table.rorSignal()) {
                fired.add("ror");
            }
            if (a >= 3 && table.ic025() > 0) {
                fired.add("ic025");
            }
            if (eb.signal()) {
                fired.add("eb05");
            }
        }
        return new Signals(mean, chart, cusum, ewma, upper, table, eb, List.copyOf(fired));
    }

    public boolean any() {
        return !fired.isEmpty();
    }
}
