package org.hazlab.core.classify.iec62304;

import java.util.List;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.ClassificationScheme;
import org.hazlab.core.model.SafetyModel;

/**
 * IEC 62304:2006 (first edition) as a comparison scheme: class by severity alone with failure probability 100 %,
 * lowered one step only by a hardware control that makes the risk acceptable; same decomposition rules as A1.
 */
public final class Iec62304Edition2006Scheme implements ClassificationScheme {

    public static final String ID = "62304-2006";

    private final DecompositionEngine engine = new DecompositionEngine(new Edition2006HazardRule());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "IEC 62304:2006 (first edition)";
    }

    @Override
    public List<String> categories() {
        return List.of("A", "B", "C");
    }

    @Override
    public ClassificationResult classify(SafetyModel model) {
        return engine.classify(model, ID, displayName());
    }
}
