package org.hazlab.core.review;

import java.util.List;
import org.hazlab.core.review.stats.ControlChart;
import org.hazlab.core.review.stats.CusumDesign;
import org.hazlab.core.review.stats.Ebgm;
import org.hazlab.core.review.stats.TwoByTwo;

/**
 * The trend and disproportionality results for one series (a hazard's reports) at one period, from the baseline
 * periods before it. Computed for the review period and for the period before, so that a review can say which
 * signals are new. Built by {@link SignalEngine}, which holds the parameters.
 *
 * @param baselineMean mean count per baseline period (the c chart's centre, the CUSUM's mu0)
 * @param chart        the chart used: c (no exposure), u (exposure), or Laney u' when the baseline is shown to be
 *                     overdispersed
 * @param dispersionP  p-value of the baseline's dispersion test (1 when there was nothing to test)
 * @param cusumDesign  the CUSUM's k and h chosen for the target in-control ARL, and its ARLs
 * @param cusum        upper Poisson CUSUM S_t over the baseline and the period
 * @param ewma         EWMA z_t over the baseline and the period
 * @param ewmaUpper    the EWMA's upper limit at the period
 * @param harmTable    2x2 table of the event of interest vs other reports, this series vs all other reports,
 *                     over the baseline and the period (null only when the series has no report at all)
 * @param ebgm         EBGM of the event-of-interest pair (null with the table)
 * @param fired        names of the signals raised at the period ("c-chart", "u-chart", "u'-chart", "cusum",
 *                     "ewma", "prr-evans", "ror", "ic025", "eb05")
 */
public record Signals(double baselineMean, ControlChart chart, double dispersionP, CusumDesign cusumDesign,
                      double[] cusum, double[] ewma, double ewmaUpper, TwoByTwo harmTable, Ebgm.Result ebgm,
                      List<String> fired) {

    public Signals {
        fired = List.copyOf(fired);
        cusum = cusum.clone();
        ewma = ewma.clone();
    }

    /** S_t over the baseline and the period (a copy). */
    @Override
    public double[] cusum() {
        return cusum.clone();
    }

    /** z_t over the baseline and the period (a copy). */
    @Override
    public double[] ewma() {
        return ewma.clone();
    }

    /** The CUSUM at the judged period. */
    public double cusumNow() {
        return cusum[cusum.length - 1];
    }

    /** The EWMA at the judged period. */
    public double ewmaNow() {
        return ewma[ewma.length - 1];
    }

    public boolean any() {
        return !fired.isEmpty();
    }

    /** The chart's name in words, as reports show it. */
    public String chartName() {
        return switch (chart.kind()) {
            case "c" -> "c chart";
            case "u" -> "u chart";
            default -> String.format(java.util.Locale.ROOT, "Laney u' chart (sigma_z %.2f, dispersion p %.3g)",
                    chart.sigmaZ(), dispersionP);
        };
    }

    /**
     * The chart's upper limit in reports at the judged period: the c chart's limit as it is, a u or u' chart's
     * rate limit times the period's exposure (in the same unit as the chart's rates).
     */
    public double upperReports(double exposureNow) {
        double upper = chart.points().get(0).upper();
        return chart.kind().equals("c") || !(exposureNow > 0) ? upper : upper * exposureNow;
    }

    /** The chart's centre line in reports at the judged period (see {@link #upperReports}). */
    public double centreReports(double exposureNow) {
        return chart.kind().equals("c") || !(exposureNow > 0) ? chart.centre() : chart.centre() * exposureNow;
    }

    /** How strong the disproportionality is, for sorting tables: EB05, else 0. */
    public double strength() {
        return ebgm == null ? 0 : ebgm.eb05();
    }
}
