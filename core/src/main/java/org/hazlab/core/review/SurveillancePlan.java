package org.hazlab.core.review;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the post-market surveillance plan says the review must compare with (EU MDR Art. 84 and Annex III): the
 * expected number of non-serious incidents per period, per hazard (and "*" for all reports together), against
 * which trend reporting is judged (Art. 88), and the device's MDR class, which sets the report cadence
 * (Art. 85 PMSR for class I, Art. 86 PSUR at least every two years for IIa, yearly for IIb and III).
 *
 * @param expectedNonSerious expected non-serious incident reports per period, by hazard id or "*"; empty when the
 *                           plan states none
 * @param trendAlpha         a rise above the expected frequency is significant when the one-sided Poisson
 *                           p-value is below this (0.01)
 * @param deviceClass        "I", "IIa", "IIb" or "III", or "" when not stated
 * @param unlinkedShareLimit a data-quality finding is raised when more than this share of the period's reports
 *                           links to no hazard (0.25)
 */
public record SurveillancePlan(Map<String, Double> expectedNonSerious, double trendAlpha, String deviceClass,
                               double unlinkedShareLimit) {

    public static final SurveillancePlan DEFAULTS = new SurveillancePlan(Map.of(), 0.01, "", 0.25);

    public SurveillancePlan {
        expectedNonSerious = expectedNonSerious == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(expectedNonSerious));
        deviceClass = deviceClass == null ? "" : deviceClass.strip();
        if (!deviceClass.isEmpty() && !java.util.List.of("I", "IIa", "IIb", "III").contains(deviceClass)) {
            throw new IllegalArgumentException("unknown MDR device class '" + deviceClass + "'; known: I, IIa, IIb, III");
        }
        if (!(trendAlpha > 0 && trendAlpha < 1)) {
            throw new IllegalArgumentException("trendAlpha must be in (0, 1)");
        }
        if (!(unlinkedShareLimit >= 0 && unlinkedShareLimit <= 1)) {
            throw new IllegalArgumentException("unlinkedShareLimit must be in [0, 1]");
        }
        for (var entry : expectedNonSerious.entrySet()) {
            if (!(entry.getValue() >= 0)) {
                throw new IllegalArgumentException("expected frequency for " + entry.getKey() + " must be >= 0");
            }
        }
    }

    public SurveillancePlan withExpectedNonSerious(Map<String, Double> expected) {
        return new SurveillancePlan(expected, trendAlpha, deviceClass, unlinkedShareLimit);
    }

    public SurveillancePlan withTrendAlpha(double alpha) {
        return new SurveillancePlan(expectedNonSerious, alpha, deviceClass, unlinkedShareLimit);
    }

    public SurveillancePlan withDeviceClass(String mdrClass) {
        return new SurveillancePlan(expectedNonSerious, trendAlpha, mdrClass, unlinkedShareLimit);
    }

    public SurveillancePlan withUnlinkedShareLimit(double limit) {
        return new SurveillancePlan(expectedNonSerious, trendAlpha, deviceClass, limit);
    }
}
