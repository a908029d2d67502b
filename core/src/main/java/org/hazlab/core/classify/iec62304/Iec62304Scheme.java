package org.hazlab.core.classify.iec62304;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.ClassificationScheme;
import org.hazlab.core.classify.Contested;
import org.hazlab.core.classify.HazardJudgement;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.policy.ClassificationOptions;

/**
 * IEC 62304:2006+A1:2015 software safety classification (clause 4.3, Figure 3), the default scheme: the decision
 * flow per item and for the system with software failure probability 1 and only external controls credited,
 * then the decomposition rules. The modelling options (harm reading, labelling) are the model's policy's
 * ({@link ClassificationOptions}), unless this scheme was built with options that override them. Every result
 * names the options in force, and marks contested the rows whose class the other harm reading would change, with
 * that class and path (docs/method.md, "Options").
 */
public final class Iec62304Scheme implements ClassificationScheme {

    public static final String ID = "62304";

    private final ClassificationOptions override;
    private final DecompositionEngine engine = new DecompositionEngine(new A1HazardRule());

    /** The scheme following each model's policy options. */
    public Iec62304Scheme() {
        this.override = null;
    }

    /** The scheme with fixed options, whatever the model's policy says. */
    public Iec62304Scheme(ClassificationOptions options) {
        this.override = options;
    }

    /** The fixed options, when this scheme was built with some. */
    public Optional<ClassificationOptions> options() {
        return Optional.ofNullable(override);
    }

    /** The options this scheme applies to a model. */
    public ClassificationOptions optionsFor(SafetyModel model) {
        return override != null ? override : model.policy().classification();
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
        ClassificationOptions options = optionsFor(model);
        SafetyModel judged = model.withClassificationOptions(options);
        ClassificationResult result = engine.classify(judged, ID, displayName());
        if (!readingsMayDiffer(judged, result)) {
            return new ClassificationResult(ID, displayName(), result.system(), result.items(), result.hazards(),
                    result.warnings(), options);
        }
        ClassificationOptions otherOptions = options.withHarm(options.harm().other());
        SafetyModel otherModel = model.withClassificationOptions(otherOptions);
        Map<String, String> labels = result.labels();
        boolean anyDiffers = engine.classes(otherModel).entrySet().stream()
                .anyMatch(e -> !e.getValue().name().equals(labels.get(e.getKey())));
        if (!anyDiffers) {
            return new ClassificationResult(ID, displayName(), result.system(), result.items(), result.hazards(),
                    result.warnings(), options);
        }
        ClassificationResult other = engine.classify(otherModel, ID, displayName());
        Map<String, ItemClassification> otherRows = other.byId();
        List<ItemClassification> items = new ArrayList<>(result.items().size());
        result.items().forEach(row -> items.add(contest(row, otherRows.get(row.id()), otherOptions)));
        return new ClassificationResult(ID, displayName(),
                contest(result.system(), other.system(), otherOptions), items, result.hazards(), result.warnings(),
                options);
    }

    /**
     * The two harm readings give a hazard different classes only when its risk stays unacceptable, an external
     * control lowered its severity, and the severities before and after fall in harm categories of different
     * classes; without such a hazard every class is the same under both readings, and the second pass is skipped
     * (for most models classification costs one pass).
     */
    private static boolean readingsMayDiffer(SafetyModel model, ClassificationResult result) {
        var scale = model.policy().severity();
        for (HazardJudgement j : result.hazards()) {
            Optional<String> before = A1HazardRule.severityBeforeControls(j);
            if (j.cell().unacceptable() && before.isPresent()
                    && model.policy().harmOf(scale.level(before.get())).isSeriousOrDeath()
                    != model.policy().harmOf(scale.level(j.severity())).isSeriousOrDeath()) {
                return true;
            }
        }
        return false;
    }

    private static ItemClassification contest(ItemClassification row, ItemClassification other,
                                              ClassificationOptions otherOptions) {
        if (other == null || other.label().equals(row.label())) {
            return row;
        }
        return row.withContested(new Contested(otherOptions.harm(), other.label(), other.path()));
    }

    /** Judges one hazard as this scheme does, leaving out some controls (for sensitivity questions). */
    public HazardJudgement judge(SafetyModel model, Hazard hazard, Set<String> ignoredControls) {
        return engine.rule().judge(model.withClassificationOptions(optionsFor(model)), hazard, ignoredControls);
    }
}
