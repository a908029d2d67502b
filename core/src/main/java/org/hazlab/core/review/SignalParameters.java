package org.hazlab.core.review;

import org.hazlab.core.review.stats.Ebgm;

/**
 * Every parameter of the review's statistics, with documented defaults (docs/periodic-review.md); each is
 * settable from {@code review(...)} and written into the report and the history record.
 *
 * @param eventOfInterest     the event of the 2x2 table (default: death or any injury)
 * @param minReports          a chart or disproportionality signal needs at least this many reports (3, Evans)
 * @param cusumTargetArl      in-control average run length the CUSUM's h is chosen for, in periods (370, the
 *                            ARL0 of a 3-sigma Shewhart chart, so both charts false-alarm alike)
 * @param cusumShift          mu1 = cusumShift x mu0, the rise the CUSUM is tuned to detect (2)
 * @param ewmaLambda          EWMA weight (0.2)
 * @param ewmaWidth           EWMA limit width L in standard deviations (3)
 * @param overdispersionAlpha Laney u' replaces the c or u chart only when the dispersion test's p-value is below
 *                            this (0.05)
 * @param ebgmPrior           a fixed EBGM prior, or null to fit one to the review's pairs (default: fit)
 * @param ebgmMinPairs        fewest pairs with N >= 1 to fit the prior (20); below, the fallback prior is used
 */
public record SignalParameters(EventOfInterest eventOfInterest, int minReports, double cusumTargetArl,
                               double cusumShift, double ewmaLambda, double ewmaWidth, double overdispersionAlpha,
                               Ebgm.Prior ebgmPrior, int ebgmMinPairs) {

    public static final SignalParameters DEFAULTS = new SignalParameters(EventOfInterest.ANY_INJURY, 3, 370, 2,
            0.2, 3, 0.05, null, 20);

    public SignalParameters {
        if (eventOfInterest == null) {
            throw new IllegalArgumentException("eventOfInterest is required");
        }
        require(minReports >= 1, "minReports must be at least 1");
        require(cusumTargetArl > 1, "cusumTargetArl must be above 1 period");
        require(cusumShift > 1, "cusumShift must be above 1 (mu1 > mu0)");
        require(ewmaLambda > 0 && ewmaLambda <= 1, "ewmaLambda must be in (0, 1]");
        require(ewmaWidth > 0, "ewmaWidth must be positive");
        require(overdispersionAlpha > 0 && overdispersionAlpha < 1, "overdispersionAlpha must be in (0, 1)");
        require(ebgmMinPairs >= 5, "ebgmMinPairs must be at least 5 (five hyperparameters)");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    public SignalParameters withEventOfInterest(EventOfInterest event) {
        return new SignalParameters(event, minReports, cusumTargetArl, cusumShift, ewmaLambda, ewmaWidth,
                overdispersionAlpha, ebgmPrior, ebgmMinPairs);
    }

    public SignalParameters withMinReports(int reports) {
        return new SignalParameters(eventOfInterest, reports, cusumTargetArl, cusumShift, ewmaLambda, ewmaWidth,
                overdispersionAlpha, ebgmPrior, ebgmMinPairs);
    }

    public SignalParameters withCusum(double targetArl, double shift) {
        return new SignalParameters(eventOfInterest, minReports, targetArl, shift, ewmaLambda, ewmaWidth,
                overdispersionAlpha, ebgmPrior, ebgmMinPairs);
    }

    public SignalParameters withEwma(double lambda, double width) {
        return new SignalParameters(eventOfInterest, minReports, cusumTargetArl, cusumShift, lambda, width,
                overdispersionAlpha, ebgmPrior, ebgmMinPairs);
    }

    public SignalParameters withOverdispersionAlpha(double alpha) {
        return new SignalParameters(eventOfInterest, minReports, cusumTargetArl, cusumShift, ewmaLambda, ewmaWidth,
                alpha, ebgmPrior, ebgmMinPairs);
    }

    public SignalParameters withEbgmPrior(Ebgm.Prior prior) {
        return new SignalParameters(eventOfInterest, minReports, cusumTargetArl, cusumShift, ewmaLambda, ewmaWidth,
                overdispersionAlpha, prior, ebgmMinPairs);
    }

    public SignalParameters withEbgmMinPairs(int pairs) {
        return new SignalParameters(eventOfInterest, minReports, cusumTargetArl, cusumShift, ewmaLambda, ewmaWidth,
                overdispersionAlpha, ebgmPrior, pairs);
    }
}
