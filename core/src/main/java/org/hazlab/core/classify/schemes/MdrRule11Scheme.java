package org.hazlab.core.classify.schemes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.ClassificationScheme;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.Outcome;
import org.hazlab.core.classify.StepKind;
import org.hazlab.core.model.SafetyModel;

/**
 * EU MDR 2017/745 Annex VIII Rule 11 (with MDCG 2019-11): software giving information used for diagnostic or
 * therapeutic decisions is IIa, IIb when a decision may cause serious deterioration or a surgical intervention,
 * III when it may cause death or irreversible deterioration; software monitoring physiological processes is IIa,
 * IIb for vital parameters whose variations could mean immediate danger; all other software is I. When both
 * limbs apply the higher class is taken (Annex VIII 3.5). Reads {@code rule11_decision_impact} (with {@code none}
 * for software whose information is not used for such decisions), {@code monitors_physiological} and, when that
 * is yes, {@code vital_parameters}. Software embedded in a device ({@code system.kind = embedded}) takes the
 * device's class ({@code system.deviceClass}) under Annex VIII 3.3 instead.
 */
public final class MdrRule11Scheme implements ClassificationScheme {

    public static final String ID = "mdr11";
    static final String DECISION_IMPACT = "rule11_decision_impact";
    static final String MONITORS = "monitors_physiological";
    static final String VITAL = "vital_parameters";

    private static final List<String> CATEGORIES = List.of("I", "IIa", "IIb", "III");
    private static final List<String> IMPACTS = List.of("death-or-irreversible", "serious-deterioration-or-surgery",
            "other", "none");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "EU MDR Annex VIII Rule 11";
    }

    @Override
    public List<String> categories() {
        return CATEGORIES;
    }

    @Override
    public List<String> attributes() {
        return List.of(DECISION_IMPACT, MONITORS, VITAL);
    }

    @Override
    public ClassificationResult classify(SafetyModel model) {
        ProfileInputs inputs = new ProfileInputs(model.system());
        if (model.system().embedded()) {
            return embedded(model, inputs);
        }
        String impact = inputs.choice(DECISION_IMPACT, "the worst consequence of a diagnostic or therapeutic "
                        + "decision taken on the software's information (none when it gives no such information)",
                IMPACTS, Map.of("death", "death-or-irreversible", "irreversible", "death-or-irreversible",
                        "serious", "serious-deterioration-or-surgery", "surgery", "serious-deterioration-or-surgery",
                        "no-decisions", "none", "not-applicable", "none", "n/a", "none")).orElse(null);
        var monitors = inputs.yesNo(MONITORS, "whether the software monitors physiological processes");
        Boolean vital = null;
        if (monitors.orElse(false)) {
            vital = inputs.yesNo(VITAL, "whether the monitored parameters are vital (variations could mean "
                    + "immediate danger)").orElse(null);
        }
        if (!inputs.complete()) {
            return DeviceLevelResult.undetermined(this, model, inputs);
        }
        boolean informs = !impact.equals("none");
        String category = "I";
        List<String> reasons = new ArrayList<>();
        if (informs) {
            String byDecision = switch (impact) {
                case "death-or-irreversible" -> "III";
                case "serious-deterioration-or-surgery" -> "IIb";
                default -> "IIa";
            };
            inputs.step(new DecisionStep(StepKind.RULE, List.of(), List.of(), null,
                    "Rule 11(a): decision information, impact " + impact + " -> " + byDecision, List.of(), byDecision,
                    "It gives information for diagnostic or therapeutic decisions whose worst consequence is "
                            + impact.replace('-', ' ') + ", so Rule 11(a) gives class " + byDecision + "."));
            category = higher(category, byDecision);
            reasons.add("decisions on its information may cause " + impact.replace('-', ' '));
        }
        if (monitors.get()) {
            String byMonitoring = vital ? "IIb" : "IIa";
            inputs.step(new DecisionStep(StepKind.RULE, List.of(), List.of(), null,
                    "Rule 11(b): monitors physiological processes, vital " + (vital ? "yes" : "no") + " -> "
                            + byMonitoring, List.of(), byMonitoring, "It monitors physiological processes"
                            + (vital ? " including vital parameters" : "") + ", so Rule 11(b) gives class "
                            + byMonitoring + "."));
            category = higher(category, byMonitoring);
            reasons.add("it monitors " + (vital ? "vital parameters" : "physiological processes"));
        }
        if (!informs && !monitors.get()) {
            inputs.step(new DecisionStep(StepKind.RULE, List.of(), List.of(), null, "Rule 11(c): other software -> I",
                    List.of(), "I", "It neither informs diagnostic or therapeutic decisions nor monitors "
                            + "physiological processes, so Rule 11(c) gives class I."));
            reasons.add("it neither informs diagnostic or therapeutic decisions nor monitors physiological processes");
        }
        return DeviceLevelResult.of(this, model, new Outcome.Assigned(category, CATEGORIES.indexOf(category) + 1),
                inputs.steps(), String.join(" and ", reasons), List.of());
    }

    /** Annex VIII 3.3: software that drives or influences the use of a device falls in the device's class. */
    private ClassificationResult embedded(SafetyModel model, ProfileInputs inputs) {
        var system = model.system();
        String rule = system.deviceClassRule().isEmpty() ? "" : " (" + system.deviceClassRule() + ")";
        if (system.canonicalDeviceClass().isEmpty()) {
            inputs.step(DecisionStep.simple(StepKind.MISSING_INPUT, List.of("deviceClass"), "", "The software is "
                    + "embedded in a device, so it takes the device's class (MDR Annex VIII 3.3), but system.deviceClass"
                    + " does not give it."));
            Outcome.Undetermined outcome = new Outcome.Undetermined(List.of("deviceClass"),
                    "set system.deviceClass in workspace.json to the device's MDR class (I, IIa, IIb or III)");
            return DeviceLevelResult.of(this, model, outcome, inputs.steps(),
                    "embedded software takes the device's class and system.deviceClass is not given",
                    List.of(org.hazlab.core.problem.Problem.warning("scheme-input-missing", null, displayName()
                            + " cannot classify: system.deviceClass is missing for embedded software")
                            .hint("docs/method.md, \"Schemes only where they apply\"").build()));
        }
        String category = system.canonicalDeviceClass().get();
        inputs.step(new DecisionStep(StepKind.RULE, List.of(), List.of(), null,
                "Annex VIII 3.3: software driving a device -> the device's class" + rule + " -> " + category,
                List.of("deviceClass"), category, "The software drives or influences the use of a device (system.kind"
                + " embedded), so under MDR Annex VIII 3.3 it falls within the same class as the device: "
                + category + rule + "; Rule 11 does not classify it on its own."));
        return DeviceLevelResult.of(this, model, new Outcome.Assigned(category, CATEGORIES.indexOf(category) + 1),
                inputs.steps(), "it drives a class " + category + " device" + rule
                        + " and takes the device's class (MDR Annex VIII 3.3)", List.of());
    }

    private static String higher(String a, String b) {
        return CATEGORIES.indexOf(a) >= CATEGORIES.indexOf(b) ? a : b;
    }
}
