package org.hazlab.core.review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.hazlab.core.review.link.LinkRules;

/**
 * Everything a periodic review needs besides the model and the incidents, as typed values. Only the period is
 * required: start from {@link #forPeriod} and use the {@code with...} methods (the DSL's {@code review(...)} word
 * builds it the same way from its named arguments).
 *
 * @param period          the period under review (its granularity is the counting granularity)
 * @param asOf            the review date written into records and reports (default: the period's last day);
 *                        incidents received after it are ignored
 * @param linkRules       how incidents link to hazards
 * @param exposure        exposure per period with its unit and the policy's probability unit
 * @param baselinePeriods how many periods before the review period form the baseline of the charts
 * @param parameters      the statistics' parameters
 * @param plan            the post-market surveillance plan's inputs (expected frequencies, MDR class)
 * @param historyFile     review history (JSON Lines) to append a record to, or null
 * @param scriptHash      SHA-256 of the script that ran the review, or ""
 * @param inputFiles      files whose SHA-256 goes into the record (incident files, hazard log, ...)
 * @param outDir          folder for the Markdown, HTML and JSON reports, or null
 * @param hazlabVersion   version string recorded in the history
 */
public record ReviewOptions(Period period, LocalDate asOf, LinkRules linkRules, Exposure exposure,
                            int baselinePeriods, SignalParameters parameters, SurveillancePlan plan,
                            Path historyFile, String scriptHash, List<Path> inputFiles, Path outDir,
                            String hazlabVersion) {

    public ReviewOptions {
        if (period == null) {
            throw new IllegalArgumentException("a review needs a period, e.g. 2026-Q3");
        }
        asOf = asOf == null ? period.end() : asOf;
        linkRules = linkRules == null ? LinkRules.explicitOnly() : linkRules;
        exposure = exposure == null ? Exposure.NONE : exposure;
        baselinePeriods = baselinePeriods <= 0 ? (period.quarter() ? 8 : 24) : baselinePeriods;
        parameters = parameters == null ? SignalParameters.DEFAULTS : parameters;
        plan = plan == null ? SurveillancePlan.DEFAULTS : plan;
        scriptHash = scriptHash == null ? "" : scriptHash;
        inputFiles = inputFiles == null ? List.of() : List.copyOf(inputFiles);
        hazlabVersion = hazlabVersion == null ? "unknown" : hazlabVersion;
    }

    /** Defaults for a period such as "2026-Q3" or "2026-09". */
    public static ReviewOptions forPeriod(String period) {
        return new ReviewOptions(Period.parse(period), null, null, null, 0, null, null, null, null, null, null,
                null);
    }

    public ReviewOptions withAsOf(LocalDate newAsOf) {
        return new ReviewOptions(period, newAsOf, linkRules, exposure, baselinePeriods, parameters, plan,
                historyFile, scriptHash, inputFiles, outDir, hazlabVersion);
    }

    public ReviewOptions withLinkRules(LinkRules rules) {
        return new ReviewOptions(period, asOf, rules, exposure, baselinePeriods, parameters, plan, historyFile,
                scriptHash, inputFiles, outDir, hazlabVersion);
    }

    public ReviewOptions withExposure(Exposure newExposure) {
        return new ReviewOptions(period, asOf, linkRules, newExposure, baselinePeriods, parameters, plan,
                historyFile, scriptHash, inputFiles, outDir, hazlabVersion);
    }

    /** Units in use per period label, with the other exposure settings unchanged. */
    public ReviewOptions withExposure(java.util.Map<String, Double> unitsPerPeriod) {
        return withExposure(new Exposure(unitsPerPeriod, exposure.unit(), exposure.probabilityUnit(),
                exposure.usesPerDeviceYear()));
    }

    public ReviewOptions withBaselinePeriods(int periods) {
        return new ReviewOptions(period, asOf, linkRules, exposure, periods, parameters, plan, historyFile,
                scriptHash, inputFiles, outDir, hazlabVersion);
    }

    public ReviewOptions withParameters(SignalParameters newParameters) {
        return new ReviewOptions(period, asOf, linkRules, exposure, baselinePeriods, newParameters, plan,
                historyFile, scriptHash, inputFiles, outDir, hazlabVersion);
    }

    public ReviewOptions withPlan(SurveillancePlan newPlan) {
        return new ReviewOptions(period, asOf, linkRules, exposure, baselinePeriods, parameters, newPlan,
                historyFile, scriptHash, inputFiles, outDir, hazlabVersion);
    }

    public ReviewOptions withHistory(Path file) {
        return new ReviewOptions(period, asOf, linkRules, exposure, baselinePeriods, parameters, plan, file,
                scriptHash, inputFiles, outDir, hazlabVersion);
    }

    public ReviewOptions withScriptHash(String hash) {
        return new ReviewOptions(period, asOf, linkRules, exposure, baselinePeriods, parameters, plan,
                historyFile, hash, inputFiles, outDir, hazlabVersion);
    }

    public ReviewOptions withInputFiles(List<Path> files) {
        return new ReviewOptions(period, asOf, linkRules, exposure, baselinePeriods, parameters, plan,
                historyFile, scriptHash, files, outDir, hazlabVersion);
    }

    public ReviewOptions withOutDir(Path dir) {
        return new ReviewOptions(period, asOf, linkRules, exposure, baselinePeriods, parameters, plan,
                historyFile, scriptHash, inputFiles, dir, hazlabVersion);
    }

    public ReviewOptions withVersion(String version) {
        return new ReviewOptions(period, asOf, linkRules, exposure, baselinePeriods, parameters, plan,
                historyFile, scriptHash, inputFiles, outDir, version);
    }
}
