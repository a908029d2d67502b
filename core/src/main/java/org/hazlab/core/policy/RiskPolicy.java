package org.hazlab.core.policy;

/**
 * How a manufacturer estimates and judges risk (ISO 14971 as practised): the severity and probability scales,
 * the acceptability matrix, and through each severity level's harm category the mapping onto IEC 62304's
 * harm question. Every workspace has one; {@link RiskPolicies#defaultPolicy()} is the documented 5x5 default.
 *
 * @param name        a name for reports
 * @param source      where the policy came from (a file, or "built-in default")
 * @param severity    severity scale, least severe first
 * @param probability probability-of-harm scale, least likely first
 * @param matrix      acceptability by probability (rows) and severity (columns)
 * @param classification the IEC 62304 classification options the plan follows (harm reading, labelling)
 */
public record RiskPolicy(String name, String source, Scale severity, Scale probability,
                         AcceptabilityMatrix matrix, ClassificationOptions classification) {

    /** A policy with the default classification options. */
    public RiskPolicy(String name, String source, Scale severity, Scale probability, AcceptabilityMatrix matrix) {
        this(name, source, severity, probability, matrix, ClassificationOptions.DEFAULTS);
    }

    public RiskPolicy {
        classification = classification == null ? ClassificationOptions.DEFAULTS : classification;
        if (matrix.cells().size() != probability.size()) {
            throw new IllegalArgumentException("matrix needs one row per probability level");
        }
        for (var row : matrix.cells()) {
            if (row.size() != severity.size()) {
                throw new IllegalArgumentException("matrix rows need one cell per severity level");
            }
        }
    }

    /** The 62304 harm category of a severity level of this policy. */
    public HarmCategory harmOf(Level severityLevel) {
        return severityLevel.harmCategory()
                .orElseThrow(() -> new IllegalStateException("severity level without harm: " + severityLevel));
    }

    /** The same policy with other classification options. */
    public RiskPolicy withClassification(ClassificationOptions options) {
        return new RiskPolicy(name, source, severity, probability, matrix, options);
    }
}
