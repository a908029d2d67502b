package org.hazlab.core.review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hazlab.core.review.link.LinkRules;

/**
 * Everything a periodic review needs besides the model and the incidents. Only the period is required; use
 * {@link #forPeriod} and the {@code with...} methods, which is also how the DSL verb fills it.
 *
 * @param period          the period under review (its granularity is the counting granularity)
 * @param asOf            the review date written into records and reports (default: the period's last day);
 *                        incidents received after it are ignored
 * @param linkRules       how incidents link to hazards
 * @param exposure        units in use (or device-years, uses) per period label ("2026-Q3" -> 1200.0), optional
 * @param baselinePeriods how many periods before the review period form the baseline of the charts
 * @param historyFile     review history (JSON Lines) to append a record to, or null
 * @param scriptHash      SHA-256 of the script that ran the review, or ""
 * @param inputFiles      files whose SHA-256 goes into the record (incident files, hazard log, ...)
 * @param outDir          folder for the Markdown, HTML and JSON reports, or null
 * @param hazlabVersion   version string recorded in the history
 */
public record ReviewOptions(Period period, LocalDate asOf, LinkRules linkRules, Map<String, Double> exposure,
                            int baselinePeriods, Path historyFile, String scriptHash, List<Path> inputFiles,
                            Path outDir, String hazlabVersion) {

    public ReviewOptions {
        asOf = asOf == null ? period.end() : asOf;
        linkRules = linkRules == null ? LinkRules.explicitOnly() : linkRules;
        exposure = exposure == null ? Map.of() : Map.copyOf(exposure);
        baselinePeriods = baselinePeriods <= 0 ? (period.quarter() ? 8 : 24) : baselinePeriods;
        scriptHash = scriptHash == null ? "" : scriptHash;
        inputFiles = inputFiles == null ? List.of() : List.copyOf(inputFiles);
        hazlabVersion = hazlabVersion == null ? "unknown" : hazlabVersion;
    }

    /** Defaults for a period such as "2026-Q3". */
    public static ReviewOptions forPeriod(String period) {
        return new ReviewOptions(Period.parse(period), null, null, null, 0, null, null, null, null, null);
    }

    /** Keys {@link #fromMap} accepts. */
    public static final List<String> KEYS = List.of("period", "asOf", "linkRules", "keywords", "regex",
            "productCodes", "exposure", "baselinePeriods", "history", "scriptHash", "inputFiles", "out", "version");

    /**
     * Options from named arguments, as a Groovy call {@code review(model, incidents, period: '2026-Q3', ...)}
     * passes them: {@code period} (required, "2026-Q3" or "2026-09"), {@code asOf} (LocalDate or "yyyy-MM-dd"),
     * {@code linkRules} (a {@link LinkRules}) or {@code keywords} / {@code regex} / {@code productCodes} (maps of
     * hazard id to a list of strings), {@code exposure} (map of period label to a number), {@code baselinePeriods},
     * {@code history}, {@code out} (paths or strings), {@code scriptHash}, {@code inputFiles} (list of paths or
     * strings), {@code version}. Unknown keys are an error naming the known ones.
     */
    @SuppressWarnings("unchecked")
    public static ReviewOptions fromMap(Map<String, ?> args) {
        for (String key : args.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown review option '" + key + "'; known: "
                        + String.join(", ", KEYS));
            }
        }
        Object period = args.get("period");
        if (period == null) {
            throw new IllegalArgumentException("review needs a period, e.g. period: '2026-Q3'");
        }
        ReviewOptions options = forPeriod(period.toString());
        if (args.get("asOf") != null) {
            Object asOf = args.get("asOf");
            options = options.withAsOf(asOf instanceof LocalDate day ? day : LocalDate.parse(asOf.toString()));
        }
        if (args.get("linkRules") != null) {
            options = options.withLinkRules((LinkRules) args.get("linkRules"));
        } else if (args.get("keywords") != null || args.get("regex") != null || args.get("productCodes") != null) {
            options = options.withLinkRules(LinkRules.of(stringLists(args.get("keywords")),
                    stringLists(args.get("regex")), stringLists(args.get("productCodes"))));
        }
        if (args.get("exposure") != null) {
            Map<String, Double> exposure = new java.util.TreeMap<>();
            ((Map<?, ?>) args.get("exposure")).forEach((key, value) ->
                    exposure.put(key.toString(), ((Number) value).doubleValue()));
            options = options.withExposure(exposure);
        }
        if (args.get("baselinePeriods") != null) {
            options = options.withBaselinePeriods(((Number) args.get("baselinePeriods")).intValue());
        }
        if (args.get("history") != null) {
            options = options.withHistory(Path.of(args.get("history").toString()));
        }
        if (args.get("out") != null) {
            options = options.withOutDir(Path.of(args.get("out").toString()));
        }
        if (args.get("scriptHash") != null) {
            options = options.withScriptHash(args.get("scriptHash").toString());
        }
        if (args.get("inputFiles") != null) {
            options = options.withInputFiles(((List<?>) args.get("inputFiles")).stream()
                    .map(file -> Path.of(file.toString())).toList());
        }
        if (args.get("version") != null) {
            options = options.withVersion(args.get("version").toString());
        }
        return options;
    }

    private static Map<String, List<String>> stringLists(Object value) {
        Map<String, List<String>> result = new java.util.LinkedHashMap<>();
        if (value != null) {
            ((Map<?, ?>) value).forEach((key, list) -> result.put(key.toString(), list instanceof List<?> items
                    ? items.stream().map(Object::toString).toList() : List.of(list.toString())));
        }
        return result;
    }

    public ReviewOptions withAsOf(LocalDate newAsOf) {
        return new ReviewOptions(period, newAsOf, linkRules, exposure, baselinePeriods, historyFile, scriptHash,
                inputFiles, outDir, hazlabVersion);
    }

    public ReviewOptions withLinkRules(LinkRules rules) {
        return new ReviewOptions(period, asOf, rules, exposure, baselinePeriods, historyFile, scriptHash,
                inputFiles, outDir, hazlabVersion);
    }

    public ReviewOptions withExposure(Map<String, Double> newExposure) {
        return new ReviewOptions(period, asOf, linkRules, newExposure, baselinePeriods, historyFile, scriptHash,
                inputFiles, outDir, hazlabVersion);
    }

    public ReviewOptions withBaselinePeriods(int periods) {
        return new ReviewOptions(period, asOf, linkRules, exposure, periods, historyFile, scriptHash, inputFiles,
                outDir, hazlabVersion);
    }

    public ReviewOptions withHistory(Path file) {
        return new ReviewOptions(period, asOf, linkRules, exposure, baselinePeriods, file, scriptHash, inputFiles,
                outDir, hazlabVersion);
    }

    public ReviewOptions withScriptHash(String hash) {
        return new ReviewOptions(period, asOf, linkRules, exposure, baselinePeriods, historyFile, hash, inputFiles,
                outDir, hazlabVersion);
    }

    public ReviewOptions withInputFiles(List<Path> files) {
        return new ReviewOptions(period, asOf, linkRules, exposure, baselinePeriods, historyFile, scriptHash, files,
                outDir, hazlabVersion);
    }

    public ReviewOptions withOutDir(Path dir) {
        return new ReviewOptions(period, asOf, linkRules, exposure, baselinePeriods, historyFile, scriptHash,
                inputFiles, dir, hazlabVersion);
    }

    public ReviewOptions withVersion(String version) {
        return new ReviewOptions(period, asOf, linkRules, exposure, baselinePeriods, historyFile, scriptHash,
                inputFiles, outDir, version);
    }
}
