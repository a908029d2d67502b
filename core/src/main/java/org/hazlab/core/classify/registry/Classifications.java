package org.hazlab.core.classify.registry;

import java.util.List;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.ClassificationScheme;
import org.hazlab.core.classify.render.SchemeComparison;
import org.hazlab.core.model.SafetyModel;
import tech.tablesaw.api.Table;

/**
 * The front door for the CLI, the DSL and scripts: run one scheme by id, or all of them side by side. Rendering
 * lives in {@code classify.render} ({@code ResultTable}, {@code DecisionTree}, {@code MarkdownReport},
 * {@code ResultJson}), activities in {@code classify.activities}, auditor checks in {@code classify.checks}.
 */
public final class Classifications {

    private Classifications() {
    }

    /** IEC 62304:2006+A1:2015, the default scheme. */
    public static ClassificationResult run(SafetyModel model) {
        return run(model, SchemeRegistry.DEFAULT_ID);
    }

    /**
     * One scheme of the standard registry.
     *
     * @throws IllegalArgumentException for an unknown id; the message lists the known ids
     */
    public static ClassificationResult run(SafetyModel model, String schemeId) {
        return SchemeRegistry.standard().require(schemeId).classify(model);
    }

    /** Every scheme of the standard registry, in registry order. */
    public static List<ClassificationResult> runAll(SafetyModel model) {
        return SchemeRegistry.standard().schemes().stream().map(scheme -> scheme.classify(model)).toList();
    }

    /** One row per item (system first), one column per scheme. */
    public static Table sideBySide(SafetyModel model) {
        return SchemeComparison.table(runAll(model));
    }

    /** The ids of the standard schemes: 62304, 62304-2006, imdrf, mdr11, fda. */
    public static List<String> schemeIds() {
        return SchemeRegistry.standard().ids();
    }
}
