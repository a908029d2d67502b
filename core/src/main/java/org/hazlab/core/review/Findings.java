package org.hazlab.core.review;

import java.time.LocalDate;
import java.util.List;

/**
 * What a review says besides its triggers: why each signal raised no trigger, whether the linking is good
 * enough to trust the rest, when the next report is due, and how the EBGM prior was obtained.
 *
 * @param untriggered   per hazard with signals but no trigger, the reason
 * @param dataQuality   data-quality findings (empty when none)
 * @param cadence       the report cadence for the device's class and the next due date
 * @param ebgmPrior     how the EBGM prior was obtained (fitted or fallback, hyperparameters)
 * @param trends        the comparison of non-serious incidents with the PMS plan's expected frequency
 */
public record Findings(List<UntriggeredSignal> untriggered, List<String> dataQuality, Cadence cadence,
                       org.hazlab.core.review.stats.EbgmPriorFit.Outcome ebgmPrior, List<TrendComparison> trends) {

    public Findings {
        untriggered = List.copyOf(untriggered);
        dataQuality = List.copyOf(dataQuality);
        trends = List.copyOf(trends);
    }

    /** A hazard's signals that raised no trigger, and why. */
    public record UntriggeredSignal(String hazard, List<String> signals, String reason) {
        public UntriggeredSignal {
            signals = List.copyOf(signals);
        }
    }

    /**
     * The report cadence (EU MDR Art. 85, 86).
     *
     * @param deviceClass "I", "IIa", "IIb", "III" or "" when not stated
     * @param report      "PMSR" or "PSUR", or "" when the class is not stated
     * @param rule        the rule in words
     * @param nextDue     the next report's due date, or null (class I: updated when necessary)
     */
    public record Cadence(String deviceClass, String report, String rule, LocalDate nextDue) {
    }

    /**
     * Non-serious incidents of the period against the PMS plan's expected frequency (EU MDR Art. 88).
     *
     * @param scope     hazard id, or "*" for all reports
     * @param observed  non-serious reports in the period
     * @param expected  expected per period
     * @param pValue    one-sided Poisson P(X >= observed | expected)
     * @param significant whether pValue is below the plan's trendAlpha
     * @param evidence  ids of the reports
     */
    public record TrendComparison(String scope, long observed, double expected, double pValue, boolean significant,
                                  List<String> evidence) {
        public TrendComparison {
            evidence = List.copyOf(evidence);
        }
    }
}
