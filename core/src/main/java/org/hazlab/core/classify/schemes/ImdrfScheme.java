package org.hazlab.core.classify.schemes;

import java.util.List;
import java.util.Map;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.ClassificationScheme;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.Outcome;
import org.hazlab.core.classify.StepKind;
import org.hazlab.core.model.SafetyModel;

/**
 * IMDRF SaMD risk categorisation (IMDRF/SaMD WG/N12FINAL:2014, section 7): significance of the information the
 * software gives, crossed with the state of the healthcare situation, gives category I (lowest) to IV.
 * Reads the workspace attributes {@code significance} and {@code situation}. Software embedded in a device
 * ({@code system.kind = embedded}) is not SaMD: the outcome is "not applicable" with the reason.
 */
public final class ImdrfScheme implements ClassificationScheme {

    public static final String ID = "imdrf";
    static final String SIGNIFICANCE = "significance";
    static final String SITUATION = "situation";

    private static final List<String> SIGNIFICANCES = List.of("treat-or-diagnose", "drive", "inform");
    private static final List<String> SITUATIONS = List.of("critical", "serious", "non-serious");
    private static final List<String> CATEGORIES = List.of("I", "II", "III", "IV");
    /** Rows: critical, serious, non-serious; columns: treat-or-diagnose, drive, inform. */
    private static final String[][] TABLE = {{"IV", "III", "II"}, {"III", "II", "I"}, {"II", "I", "I"}};

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "IMDRF SaMD risk category";
    }

    @Override
    public List<String> categories() {
        return CATEGORIES;
    }

    @Override
    public List<String> attributes() {
        return List.of(SIGNIFICANCE, SITUATION);
    }

    @Override
    public ClassificationResult classify(SafetyModel model) {
        ProfileInputs inputs = new ProfileInputs(model.system());
        if (model.system().embedded()) {
            String reason = "the IMDRF N12 categories classify software that is itself a medical device (SaMD); "
                    + "this software is embedded in a device (system.kind = embedded)";
            inputs.step(new DecisionStep(StepKind.RULE, List.of(), List.of(), null,
                    "system.kind embedded -> not applicable", List.of(), "not applicable",
                    "The IMDRF N12 framework covers software as a medical device; " + model.system().id()
                            + " drives a hardware device, so no IMDRF category applies."));
            return DeviceLevelResult.of(this, model, new Outcome.NotApplicable(reason), inputs.steps(), reason,
                    List.of());
        }
        var significance = inputs.choice(SIGNIFICANCE, "the significance of the information the software gives",
                SIGNIFICANCES, Map.of("treat", "treat-or-diagnose", "diagnose", "treat-or-diagnose",
                        "treat-diagnose", "treat-or-diagnose", "drive-clinical-management", "drive",
                        "inform-clinical-management", "inform"));
        var situation = inputs.choice(SITUATION, "the state of the healthcare situation", SITUATIONS,
                Map.of("nonserious", "non-serious", "non-critical", "non-serious"));
        if (!inputs.complete()) {
            return DeviceLevelResult.undetermined(this, model, inputs);
        }
        String category = TABLE[SITUATIONS.indexOf(situation.get())][SIGNIFICANCES.indexOf(significance.get())];
        String rule = situation.get() + " situation x " + significance.get() + " -> " + category;
        inputs.step(new DecisionStep(StepKind.RULE, List.of(), List.of(), null, rule, List.of(), category,
                "In the IMDRF table, a " + situation.get() + " healthcare situation with information that "
                        + words(significance.get()) + " gives category " + category + "."));
        return DeviceLevelResult.of(this, model, new Outcome.Assigned(category, CATEGORIES.indexOf(category) + 1),
                inputs.steps(), "the information " + words(significance.get()) + " in a " + situation.get()
                        + " situation", List.of());
    }

    private static String words(String significance) {
        return switch (significance) {
            case "treat-or-diagnose" -> "treats or diagnoses";
            case "drive" -> "drives clinical management";
            default -> "informs clinical management";
        };
    }
}
