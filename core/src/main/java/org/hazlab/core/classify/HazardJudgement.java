package org.hazlab.core.classify;

import java.util.List;
import org.hazlab.core.policy.HarmCategory;

/**
 * How one hazard was judged for classification: the severity and probability actually used, the controls that
 * were credited and those that were not (with why), the matrix cell, the harm category and the class this hazard
 * alone demands. Computed once per hazard and shared by every item that contributes to it.
 *
 * @param hazardId         the hazard
 * @param estimatedSeverity severity as logged, or empty when missing
 * @param severity          severity used for step 2 (after external controls that lower severity)
 * @param severityAssumed   true when the log had no severity and the highest level was assumed
 * @param harmSeverity      severity whose harm category decides step 3
 * @param probability       probability used in step 2 (highest level, lowered only by external controls)
 * @param cell              the acceptability cell reached
 * @param harm              the harm category of {@code harmSeverity}
 * @param credited          controls credited (external, with a stated reduction)
 * @param notCredited       controls listed on the hazard but not credited, each with the reason
 * @param hazardClass       the class this hazard alone demands
 * @param severityRule      the rule in words, e.g. "Serious -> serious injury -> C"
 * @param contributions     what each credited control lowered, in the order the combination rule applied them
 */
public record HazardJudgement(String hazardId, String estimatedSeverity, String severity, boolean severityAssumed,
                              String harmSeverity, String probability, MatrixCell cell, HarmCategory harm,
                              List<String> credited, List<ControlNote> notCredited, SafetyClass hazardClass,
                              String severityRule, List<ControlContribution> contributions) {

    /** A judgement without control contributions. */
    public HazardJudgement(String hazardId, String estimatedSeverity, String severity, boolean severityAssumed,
                           String harmSeverity, String probability, MatrixCell cell, HarmCategory harm,
                           List<String> credited, List<ControlNote> notCredited, SafetyClass hazardClass,
                           String severityRule) {
        this(hazardId, estimatedSeverity, severity, severityAssumed, harmSeverity, probability, cell, harm, credited,
                notCredited, hazardClass, severityRule, List.of());
    }

    public HazardJudgement {
        contributions = List.copyOf(contributions);
        estimatedSeverity = estimatedSeverity == null ? "" : estimatedSeverity;
        credited = List.copyOf(credited);
        notCredited = List.copyOf(notCredited);
    }

    /** A control that was not credited, and why ("implemented in the software", "labelling", ...). */
    public record ControlNote(String controlId, String reason) {
    }
}
