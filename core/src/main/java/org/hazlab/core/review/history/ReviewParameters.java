package org.hazlab.core.review.history;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hazlab.core.review.ReviewOptions;
import org.hazlab.core.review.ReviewResult;
import org.hazlab.core.review.SignalParameters;
import org.hazlab.core.review.stats.Ebgm;

/**
 * Every parameter a review ran with, as name/value strings in a fixed order: written into the history record
 * and the reports so that a figure can be recomputed from the record alone.
 */
public final class ReviewParameters {

    private ReviewParameters() {
    }

    public static Map<String, String> of(ReviewResult result) {
        ReviewOptions options = result.options();
        SignalParameters p = options.parameters();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("eventOfInterest", p.eventOfInterest().key());
        values.put("baselinePeriods", Integer.toString(options.baselinePeriods()));
        values.put("minReports", Integer.toString(p.minReports()));
        values.put("cusumTargetArl", number(p.cusumTargetArl()));
        values.put("cusumShift", number(p.cusumShift()));
        values.put("ewmaLambda", number(p.ewmaLambda()));
        values.put("ewmaWidth", number(p.ewmaWidth()));
        values.put("overdispersionAlpha", number(p.overdispersionAlpha()));
        values.put("ebgmMinPairs", Integer.toString(p.ebgmMinPairs()));
        var prior = result.findings().ebgmPrior();
        Ebgm.Prior h = prior.prior();
        values.put("ebgmPrior", String.format(Locale.ROOT, "alpha1 %.6g, beta1 %.6g, alpha2 %.6g, beta2 %.6g, P %.6g",
                h.alpha1(), h.beta1(), h.alpha2(), h.beta2(), h.p()));
        values.put("ebgmPriorSource", prior.note());
        values.put("exposureUnit", options.exposure().unit().words());
        values.put("probabilityUnit", options.exposure().probabilityUnit().words());
        if (options.exposure().usesPerDeviceYear() > 0) {
            values.put("usesPerDeviceYear", number(options.exposure().usesPerDeviceYear()));
        }
        values.put("deviceClass", options.plan().deviceClass());
        values.put("trendAlpha", number(options.plan().trendAlpha()));
        values.put("unlinkedShareLimit", number(options.plan().unlinkedShareLimit()));
        options.plan().expectedNonSerious().forEach((scope, expected) ->
                values.put("expectedNonSerious[" + scope + "]", number(expected)));
        return values;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.6g", value);
    }
}
