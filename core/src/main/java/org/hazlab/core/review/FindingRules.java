package org.hazlab.core.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hazlab.core.review.stats.EbgmPriorFit;
import org.hazlab.core.review.stats.Gamma;
import org.hazlab.core.review.trigger.Trigger;

/**
 * The review's findings that are not triggers: trend comparison with the PMS plan, the reason each signal raised
 * no trigger, data quality, and the report cadence of the device's class.
 */
final class FindingRules {

    private FindingRules() {
    }

    /** Non-serious incidents against the plan's expected frequency, one-sided Poisson test. */
    static List<Findings.TrendComparison> trends(ReviewOptions options, PeriodEvidence evidence) {
        List<Findings.TrendComparison> trends = new ArrayList<>();
        options.plan().expectedNonSerious().forEach((scope, expected) -> {
            List<String> ids = evidence.nonSerious(scope);
            double p = poissonUpperTail(ids.size(), expected);
            trends.add(new Findings.TrendComparison(scope, ids.size(), expected, p, p < options.plan().trendAlpha(),
                    ids));
        });
        return trends;
    }

    /** P(X >= observed) for X ~ Poisson(expected): the regularised lower incomplete gamma P(observed, expected). */
    static double poissonUpperTail(long observed, double expected) {
        if (observed <= 0) {
            return 1;
        }
        if (expected <= 0) {
            return 0;
        }
        return Gamma.regularizedP(observed, expected);
    }

    static List<Findings.UntriggeredSignal> untriggered(List<HazardReview> hazards, List<Trigger> triggers) {
        Set<String> triggered = triggers.stream().map(Trigger::hazard).collect(Collectors.toSet());
        List<Findings.UntriggeredSignal> result = new ArrayList<>();
        for (HazardReview hazard : hazards) {
            if (hazard.now().fired().isEmpty() || triggered.contains(hazard.id())) {
                continue;
            }
            String reason;
            if (!hazard.inModel()) {
                reason = "the hazard id is not in the hazard log: add the hazard or correct the link rule";
            } else if (hazard.newSignals().isEmpty()) {
                reason = "already raised in the period before (" + String.join(", ", hazard.before().fired())
                        + ") and reviewed then; no new signal this period, harm and rate within the assumptions";
            } else {
                reason = "no reassessment rule applies";
            }
            result.add(new Findings.UntriggeredSignal(hazard.id(), hazard.now().fired(), reason));
        }
        return result;
    }

    static List<String> dataQuality(ReviewOptions options, PeriodEvidence evidence, PeriodCounts counts) {
        List<String> findings = new ArrayList<>();
        long reports = evidence.reports();
        double limit = options.plan().unlinkedShareLimit();
        if (reports > 0) {
            double share = (double) evidence.unlinked().size() / reports;
            if (share > limit) {
                findings.add(String.format(Locale.ROOT, "%.0f %% of the period's reports (%d of %d) link to no "
                        + "hazard, above the limit of %.0f %%: the trends and signals see only the linked ones; "
                        + "review the link rules or extend the hazard log", share * 100, evidence.unlinked().size(),
                        reports, limit * 100));
            }
        }
        if (counts.undated() > 0) {
            findings.add(counts.undated() + " report(s) without a received date are in no period");
        }
        return findings;
    }

    /** EU MDR Art. 85 (PMSR, class I) and Art. 86 (PSUR: IIa at least every two years, IIb and III yearly). */
    static Findings.Cadence cadence(ReviewOptions options) {
        String mdrClass = options.plan().deviceClass();
        return switch (mdrClass) {
            case "I" -> new Findings.Cadence(mdrClass, "PMSR", "EU MDR Art. 85: post-market surveillance report, "
                    + "updated when necessary and made available to the competent authority on request", null);
            case "IIa" -> new Findings.Cadence(mdrClass, "PSUR", "EU MDR Art. 86: periodic safety update report "
                    + "when necessary and at least every two years", options.asOf().plusYears(2));
            case "IIb", "III" -> new Findings.Cadence(mdrClass, "PSUR", "EU MDR Art. 86: periodic safety update "
                    + "report at least annually", options.asOf().plusYears(1));
            default -> new Findings.Cadence("", "", "the device's MDR class is not stated (review option "
                    + "deviceClass): the report cadence cannot be given", null);
        };
    }

    /** Fits the EBGM prior over the hazard x event type pairs of the window, or uses the fixed one. */
    static EbgmPriorFit.Outcome prior(ReviewOptions options, PeriodCounts counts) {
        SignalParameters parameters = options.parameters();
        if (parameters.ebgmPrior() != null) {
            return new EbgmPriorFit.Outcome(parameters.ebgmPrior(), false, 0, Double.NaN,
                    "prior given in the review options");
        }
        int now = counts.reviewIndex();
        int from = Math.max(0, now - options.baselinePeriods());
        List<long[]> rows = new ArrayList<>();
        counts.hazardEventTypes().values().forEach(types -> rows.add(window(types, from, now)));
        rows.add(window(counts.unlinkedEventTypes(), from, now));
        int typeCount = counts.unlinkedEventTypes().length;
        long[] typeTotals = new long[typeCount];
        long total = 0;
        long[] rowTotals = new long[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            for (int t = 0; t < typeCount; t++) {
                typeTotals[t] += rows.get(r)[t];
                rowTotals[r] += rows.get(r)[t];
                total += rows.get(r)[t];
            }
        }
        List<Long> n = new ArrayList<>();
        List<Double> e = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int t = 0; t < typeCount; t++) {
                if (rows.get(r)[t] > 0) {
                    n.add(rows.get(r)[t]);
                    e.add((double) rowTotals[r] * typeTotals[t] / total);
                }
            }
        }
        return EbgmPriorFit.fit(n.stream().mapToLong(Long::longValue).toArray(),
                e.stream().mapToDouble(Double::doubleValue).toArray(), parameters.ebgmMinPairs(),
                org.hazlab.core.review.stats.Ebgm.Prior.DUMOUCHEL_1999);
    }

    private static long[] window(long[][] byType, int from, int to) {
        long[] sums = new long[byType.length];
        for (int t = 0; t < byType.length; t++) {
            for (int p = from; p <= to; p++) {
                sums[t] += byType[t][p];
            }
        }
        return sums;
    }
}
