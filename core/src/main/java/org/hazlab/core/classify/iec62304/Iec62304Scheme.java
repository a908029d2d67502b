package org.hazlab.core.classify.iec62304;

import java.util.List;
import java.util.Set;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.ClassificationScheme;
import org.hazlab.core.classify.HazardJudgement;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.SafetyModel;

/**
 * IEC 62304:2006+A1:2015 software safety classification (clause 4.3, Figure 3), the default scheme: the decision
 * flow per item and for the system with software failure probability 1 and only external controls credited,
 * then the decomposition rules. Modelling choices are in {@link Iec62304Options} and docs/method.md.
 */
public final class Iec62304Scheme implements ClassificationScheme {

    public static final String ID = "62304";

    private final Iec62304Options options;
    private final DecompositionEngine engine;

    public Iec62304Scheme() {
        this(Iec62304Options.DEFAULTS);
    }

    public Iec62304Scheme(Iec62304Options options) {
        this.options = options;
        this.engine = new DecompositionEngine(new A1HazardRule(options));
    }

    public Iec62304Options options() {
        return options;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "IEC 62304:2006+A1:2015";
    }

    @Override
    public List<String> categories() {
        return List.of("A", "B", "C");
    }

    @Override
    public ClassificationResult classify(SafetyModel model) {
        return engine.classify(model, ID, displayName());
    }

    /** Judges one hazard as this scheme does, leaving out some controls (for sensitivity questions). */
    public HazardJudgement judge(SafetyModel model, Hazard hazard, Set<String> ignoredControls) {
        return engine.rule().judge(model, hazard, ignoredControls);
    }
}
