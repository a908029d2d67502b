package org.hazlab.core.review;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much the device was used per period, and in what unit, so that observed rates can be put in the policy's
 * probability unit before they are compared with its bands: units in use during a quarter are 0.25 device-years
 * each (comparing reports per unit per quarter with per-year bands would be four times too low).
 *
 * @param perPeriod       exposure per period label ("2026-Q3" -> 1200.0); empty when not known
 * @param unit            what the numbers count
 * @param probabilityUnit the unit of the policy's probability bands
 * @param usesPerDeviceYear uses of one device in a year, needed only to convert between per use and per
 *                          device-year (0 when not given)
 */
public record Exposure(Map<String, Double> perPeriod, ExposureUnit unit, ProbabilityUnit probabilityUnit,
                       double usesPerDeviceYear) {

    /** What exposure figures count. */
    public enum ExposureUnit {
        /** devices in service during the period (an installed base). */
        UNITS_IN_USE("units in use"),
        /** device-years of use in the period. */
        DEVICE_YEARS("device-years"),
        /** uses (procedures, infusions) in the period. */
        USES("uses");

        private final String words;

        ExposureUnit(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The unit of a policy's probability bands. */
    public enum ProbabilityUnit {
        PER_DEVICE_YEAR("per device-year"), PER_USE("per use");

        private final String words;

        ProbabilityUnit(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public static final Exposure NONE = new Exposure(Map.of(), ExposureUnit.UNITS_IN_USE,
            ProbabilityUnit.PER_DEVICE_YEAR, 0);

    public Exposure {
        perPeriod = perPeriod == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(perPeriod));
        unit = unit == null ? ExposureUnit.UNITS_IN_USE : unit;
        probabilityUnit = probabilityUnit == null ? ProbabilityUnit.PER_DEVICE_YEAR : probabilityUnit;
        for (var entry : perPeriod.entrySet()) {
            if (!(entry.getValue() >= 0) || entry.getValue().isInfinite()) {
                throw new IllegalArgumentException("exposure for " + entry.getKey() + " must be a number >= 0");
            }
        }
    }

    public boolean known() {
        return !perPeriod.isEmpty();
    }

    /** Exposure of a period in the policy's probability unit (device-years or uses); 0 when not given. */
    public double converted(Period period) {
        double value = perPeriod.getOrDefault(period.toString(), 0.0);
        return value * factor(period);
    }

    /** What one exposure figure of the period is worth in the policy's unit. */
    public double factor(Period period) {
        double years = period.quarter() ? 0.25 : 1.0 / 12;
        double deviceYears = switch (unit) {
            case UNITS_IN_USE -> years;
            case DEVICE_YEARS -> 1;
            case USES -> usesPerDeviceYear > 0 ? 1 / usesPerDeviceYear : Double.NaN;
        };
        if (probabilityUnit == ProbabilityUnit.PER_DEVICE_YEAR) {
            if (Double.isNaN(deviceYears)) {
                throw new IllegalArgumentException("exposure is counted in uses but the policy's probability is per "
                        + "device-year: give usesPerDeviceYear to convert");
            }
            return deviceYears;
        }
        if (unit == ExposureUnit.USES) {
            return 1;
        }
        if (!(usesPerDeviceYear > 0)) {
            throw new IllegalArgumentException("exposure is counted in " + unit.words() + " but the policy's "
                    + "probability is per use: give usesPerDeviceYear to convert");
        }
        return deviceYears * usesPerDeviceYear;
    }

    /** The conversion in words, shown in reports: "1200 units in use x 0.25 year = 300 device-years". */
    public String describe(Period period) {
        double value = perPeriod.getOrDefault(period.toString(), 0.0);
        return String.format(Locale.ROOT, "%s: %s %s x %s = %s %s", period, plain(value), unit.words(),
                plain(factor(period)), plain(converted(period)),
                probabilityUnit == ProbabilityUnit.PER_DEVICE_YEAR ? "device-years" : "uses");
    }

    private static String plain(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(4)).stripTrailingZeros()
                .toPlainString();
    }
}
