package org.hazlab.core.classify;

import java.util.List;
import java.util.Optional;

/**
 * One step of a decision path, as data: what was asked, which hazards and controls were looked at, the matrix
 * cell and severity rule used when there is one, the category after the step, and the sentence a trainer reads
 * aloud.
 *
 * @param kind         what kind of step
 * @param hazards      identifiers of the hazards considered at this step
 * @param controls     identifiers of the risk controls considered (credited or not; see {@code words})
 * @param cell         the acceptability cell, for residual-risk steps, or null
 * @param severityRule the severity-to-harm rule applied (e.g. "Serious -> serious injury -> C"), or null
 * @param related      other items involved (children, parent, implemented controls' hazards), or empty
 * @param result       category after this step ("C", "IIa", ...), or empty when the step decides nothing
 * @param words        one plain sentence
 */
public record DecisionStep(StepKind kind, List<String> hazards, List<String> controls, MatrixCell cell,
                           String severityRule, List<String> related, String result, String words) {

    public DecisionStep {
        hazards = List.copyOf(hazards);
        controls = List.copyOf(controls);
        related = List.copyOf(related);
        result = result == null ? "" : result;
        words = words == null ? "" : words;
    }

    /** A step without hazards, controls, cell or rule. */
    public static DecisionStep simple(StepKind kind, List<String> related, String result, String words) {
        return new DecisionStep(kind, List.of(), List.of(), null, null, related, result, words);
    }

    public Optional<MatrixCell> matrixCell() {
        return Optional.ofNullable(cell);
    }

    public Optional<String> rule() {
        return Optional.ofNullable(severityRule);
    }
}
