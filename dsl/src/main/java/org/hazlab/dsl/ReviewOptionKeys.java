package org.hazlab.dsl;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.hazlab.core.review.EventOfInterest;
import org.hazlab.core.review.Exposure;
import org.hazlab.core.review.ReviewOptions;
import org.hazlab.core.review.link.LinkRules;
import org.hazlab.core.review.stats.Ebgm;

/**
 * The named arguments of the {@code review(...)} word, each spelled once here with the typed option it sets on
 * core's {@link ReviewOptions}: the DSL adapts Groovy maps, core only sees typed values. The order of the table
 * is the order of the help text and of docs/dsl.md.
 */
final class ReviewOptionKeys {

    /** One named argument: what it is for and how it sets the options. */
    record Key(String help, BiFunction<ReviewOptions, Object, ReviewOptions> apply) {
    }

    static final Map<String, Key> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("period", new Key("period reviewed, '2026-Q3' or '2026-09' (required)", (o, v) -> o));
        KEYS.put("asOf", new Key("review date, LocalDate or 'yyyy-MM-dd' (default: the run's --as-of, else the "
                + "period's last day)", (o, v) -> o.withAsOf(v instanceof LocalDate d ? d : LocalDate.parse(text(v)))));
        KEYS.put("linkRules", new Key("a LinkRules value", (o, v) -> o.withLinkRules(cast(v, LinkRules.class,
                "linkRules"))));
        KEYS.put("keywords", new Key("hazard id -> narrative phrases", (o, v) -> o));
        KEYS.put("regex", new Key("hazard id -> regular expressions", (o, v) -> o));
        KEYS.put("productCodes", new Key("hazard id -> product codes", (o, v) -> o));
        KEYS.put("exposure", new Key("period label -> exposure in exposureUnit", (o, v) -> o.withExposure(
                new Exposure(numbers(v, "exposure"), o.exposure().unit(), o.exposure().probabilityUnit(),
                        o.exposure().usesPerDeviceYear()))));
        KEYS.put("exposureUnit", new Key("'units-in-use' (default), 'device-years' or 'uses'", (o, v) ->
                o.withExposure(new Exposure(o.exposure().perPeriod(), choice(v, Exposure.ExposureUnit.class),
                        o.exposure().probabilityUnit(), o.exposure().usesPerDeviceYear()))));
        KEYS.put("probabilityUnit", new Key("the policy's probability unit: 'per-device-year' (default) or "
                + "'per-use'", (o, v) -> o.withExposure(new Exposure(o.exposure().perPeriod(), o.exposure().unit(),
                choice(v, Exposure.ProbabilityUnit.class), o.exposure().usesPerDeviceYear()))));
        KEYS.put("usesPerDeviceYear", new Key("uses of one device per year, to convert between units", (o, v) ->
                o.withExposure(new Exposure(o.exposure().perPeriod(), o.exposure().unit(),
                        o.exposure().probabilityUnit(), number(v, "usesPerDeviceYear")))));
        KEYS.put("baselinePeriods", new Key("periods before the review period in the baseline (8 quarters or "
                + "24 months)", (o, v) -> o.withBaselinePeriods((int) number(v, "baselinePeriods"))));
        KEYS.put("eventOfInterest", new Key("'death', 'death-or-serious-injury' or 'any-injury' (default)",
                (o, v) -> o.withParameters(o.parameters().withEventOfInterest(EventOfInterest.parse(text(v))))));
        KEYS.put("minReports", new Key("fewest reports for a signal (3)", (o, v) ->
                o.withParameters(o.parameters().withMinReports((int) number(v, "minReports")))));
        KEYS.put("cusumArl", new Key("CUSUM in-control ARL target in periods (370)", (o, v) -> o.withParameters(
                o.parameters().withCusum(number(v, "cusumArl"), o.parameters().cusumShift()))));
        KEYS.put("cusumShift", new Key("CUSUM mu1 / mu0 (2)", (o, v) -> o.withParameters(
                o.parameters().withCusum(o.parameters().cusumTargetArl(), number(v, "cusumShift")))));
        KEYS.put("ewmaLambda", new Key("EWMA weight (0.2)", (o, v) -> o.withParameters(
                o.parameters().withEwma(number(v, "ewmaLambda"), o.parameters().ewmaWidth()))));
        KEYS.put("ewmaWidth", new Key("EWMA limit width L (3)", (o, v) -> o.withParameters(
                o.parameters().withEwma(o.parameters().ewmaLambda(), number(v, "ewmaWidth")))));
        KEYS.put("overdispersionAlpha", new Key("dispersion test level for Laney u' (0.05)", (o, v) ->
                o.withParameters(o.parameters().withOverdispersionAlpha(number(v, "overdispersionAlpha")))));
        KEYS.put("ebgmPrior", new Key("fixed EBGM prior [alpha1, beta1, alpha2, beta2, P] (default: fitted)",
                (o, v) -> o.withParameters(o.parameters().withEbgmPrior(prior(v)))));
        KEYS.put("ebgmMinPairs", new Key("fewest pairs to fit the EBGM prior (20)", (o, v) ->
                o.withParameters(o.parameters().withEbgmMinPairs((int) number(v, "ebgmMinPairs")))));
        KEYS.put("expectedNonSerious", new Key("PMS plan: hazard id or '*' -> expected non-serious reports per "
                + "period", (o, v) -> o.withPlan(o.plan().withExpectedNonSerious(numbers(v, "expectedNonSerious")))));
        KEYS.put("trendAlpha", new Key("significance of a rise above the plan (0.01)", (o, v) ->
                o.withPlan(o.plan().withTrendAlpha(number(v, "trendAlpha")))));
        KEYS.put("deviceClass", new Key("EU MDR class 'I', 'IIa', 'IIb' or 'III' (report cadence)", (o, v) ->
                o.withPlan(o.plan().withDeviceClass(text(v)))));
        KEYS.put("unlinkedShareLimit", new Key("share of unlinked reports that is a data-quality finding (0.25)",
                (o, v) -> o.withPlan(o.plan().withUnlinkedShareLimit(number(v, "unlinkedShareLimit")))));
        KEYS.put("history", new Key("review history to append a record to (relative to --out)", (o, v) ->
                o.withHistory(Path.of(text(v)))));
        KEYS.put("out", new Key("folder for the reports (relative to --out)", (o, v) -> o.withOutDir(Path.of(text(v)))));
        KEYS.put("scriptHash", new Key("SHA-256 of the script (default: the running script's)", (o, v) ->
                o.withScriptHash(text(v))));
        KEYS.put("inputFiles", new Key("files to hash into the record (default: the workspace's files)", (o, v) ->
                o.withInputFiles(list(v, "inputFiles").stream().map(f -> Path.of(f.toString())).toList())));
        KEYS.put("version", new Key("hazlab version recorded (default: this build's)", (o, v) ->
                o.withVersion(text(v))));
    }

    private ReviewOptionKeys() {
    }

    /** Typed options from named arguments; unknown keys and wrong types are errors naming the key. */
    static ReviewOptions options(Map<String, ?> args) {
        for (String key : args.keySet()) {
            if (!KEYS.containsKey(key)) {
                throw new IllegalArgumentException("review: unknown option '" + key + "'; known: "
                        + String.join(", ", KEYS.keySet()));
            }
        }
        Object period = args.get("period");
        if (period == null) {
            throw new IllegalArgumentException("review needs a period, e.g. period: '2026-Q3'");
        }
        ReviewOptions options = ReviewOptions.forPeriod(period.toString());
        if (args.get("keywords") != null || args.get("regex") != null || args.get("productCodes") != null) {
            options = options.withLinkRules(LinkRules.of(stringLists(args.get("keywords"), "keywords"),
                    stringLists(args.get("regex"), "regex"), stringLists(args.get("productCodes"), "productCodes")));
        }
        for (var entry : KEYS.entrySet()) {
            Object value = args.get(entry.getKey());
            if (value != null) {
                options = entry.getValue().apply().apply(options, value);
            }
        }
        return options;
    }

    private static String text(Object value) {
        return value.toString();
    }

    private static <T> T cast(Object value, Class<T> type, String key) {
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("review: " + key + " must be a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    private static double number(Object value, String key) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.parseDouble(value.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("review: " + key + " must be a number, not '" + value + "'");
        }
    }

    private static List<?> list(Object value, String key) {
        if (!(value instanceof List<?> items)) {
            throw new IllegalArgumentException("review: " + key + " must be a list");
        }
        return items;
    }

    private static Map<String, Double> numbers(Object value, String key) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("review: " + key + " must be a map, e.g. ['2026-Q3': 1200]");
        }
        Map<String, Double> result = new TreeMap<>();
        map.forEach((k, v) -> result.put(k.toString(), number(v, key + "['" + k + "']")));
        return result;
    }

    private static Map<String, List<String>> stringLists(Object value, String key) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (value == null) {
            return result;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("review: " + key + " must be a map of hazard id to a list of strings");
        }
        map.forEach((k, list) -> result.put(k.toString(), list instanceof List<?> items
                ? items.stream().map(Object::toString).toList() : List.of(list.toString())));
        return result;
    }

    private static <E extends Enum<E>> E choice(Object value, Class<E> type) {
        String wanted = value.toString().strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("review: unknown value '" + value + "'; known: "
                + String.join(", ", java.util.Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList()));
    }

    private static Ebgm.Prior prior(Object value) {
        List<?> values = list(value, "ebgmPrior");
        if (values.size() != 5) {
            throw new IllegalArgumentException("review: ebgmPrior needs 5 numbers [alpha1, beta1, alpha2, beta2, P]");
        }
        return new Ebgm.Prior(number(values.get(0), "ebgmPrior"), number(values.get(1), "ebgmPrior"),
                number(values.get(2), "ebgmPrior"), number(values.get(3), "ebgmPrior"),
                number(values.get(4), "ebgmPrior"));
    }
}
