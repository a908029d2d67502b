package org.hazlab.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.hazlab.core.classify.iec62304.Iec62304Scheme;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.Origin;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.policy.ClassificationOptions;
import org.hazlab.core.model.SoftwareItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Iec62304SchemeTest {

    private static final Iec62304Scheme A1 = new Iec62304Scheme();

    static Stream<Arguments> singleHazard() {
        return Stream.of(
                // severity, control kind, external, reduces, to, implementedBy, expected class, expected cell
                Arguments.of("Negligible", null, false, null, null, null, "A", "Frequent x Negligible = L"),
                Arguments.of("Minor", null, false, null, null, null, "B", "Frequent x Minor = M"),
                Arguments.of("Serious", null, false, null, null, null, "C", "Frequent x Serious = M"),
                Arguments.of("Catastrophic", null, false, null, null, null, "C", "Frequent x Catastrophic = H"),
                Arguments.of("Catastrophic", ControlKind.HARDWARE, true, RiskFactor.PROBABILITY, "Remote", null,
                        "C", "Remote x Catastrophic = M"),
                Arguments.of("Catastrophic", ControlKind.HARDWARE, true, RiskFactor.PROBABILITY, "Improbable", null,
                        "A", "Improbable x Catastrophic = L"),
                Arguments.of("Serious", ControlKind.SOFTWARE, false, RiskFactor.PROBABILITY, "Improbable", "SW",
                        "C", "Frequent x Serious = M"),
                Arguments.of("Serious", ControlKind.HUMAN, true, RiskFactor.PROBABILITY, "Occasional", null,
                        "A", "Occasional x Serious = L"),
                Arguments.of("Serious", ControlKind.INDEPENDENT_SYSTEM, true, RiskFactor.PROBABILITY, "Remote",
                        null, "A", "Remote x Serious = L"),
                Arguments.of("Minor", ControlKind.LABELLING, true, RiskFactor.PROBABILITY, "Improbable", null,
                        "B", "Frequent x Minor = M"),
                Arguments.of("Critical", ControlKind.HARDWARE, false, RiskFactor.PROBABILITY, "Improbable", null,
                        "C", "Frequent x Critical = H"),
                Arguments.of("Critical", ControlKind.HARDWARE, true, RiskFactor.PROBABILITY, "Improbable", "SW",
                        "C", "Frequent x Critical = H"),
                Arguments.of("Critical", ControlKind.HARDWARE, true, RiskFactor.PROBABILITY, null, null,
                        "C", "Frequent x Critical = H"),
                Arguments.of("Critical", ControlKind.HARDWARE, true, RiskFactor.SEVERITY, "Minor", null,
                        "B", "Frequent x Minor = M"),
                Arguments.of("Critical", ControlKind.HARDWARE, true, RiskFactor.SEVERITY, "Negligible", null,
                        "A", "Frequent x Negligible = L"),
                Arguments.of(null, null, false, null, null, null, "C", "Frequent x Catastrophic = H"));
    }

    @ParameterizedTest(name = "{0} with {1} external={2} {3}->{4} by {5} is {6}")
    @MethodSource("singleHazard")
    void decisionFlowForOneHazard(String severity, ControlKind kind, boolean external, RiskFactor reduces,
                                  String to, String implementedBy, String expected, String cell) {
        TestModels builder = TestModels.model().item("I1").add(SoftwareItem.of("SW", "software checker")
                .withSegregation(true, "separate partition").withNoContributionRationale("checker only"));
        if (kind != null) {
            builder.control("RC1", kind, external, reduces, to, implementedBy);
            builder.hazard("H1", severity, List.of("I1"), "RC1");
        } else {
            builder.hazard("H1", severity, List.of("I1"));
        }
        ClassificationResult result = A1.classify(builder.build());
        ItemClassification item = result.item("I1").orElseThrow();
        assertEquals(expected, item.label());
        HazardJudgement judgement = result.hazard("H1").orElseThrow();
        assertEquals(cell, judgement.cell().probability() + " x " + judgement.cell().severity() + " = "
                + judgement.cell().zone());
        assertEquals(severity == null, judgement.severityAssumed());
        assertEquals(severity == null, result.warnings().stream().anyMatch(p -> p.code().equals("severity-assumed")));
        DecisionStep residual = item.path().first(StepKind.RESIDUAL_RISK).orElseThrow();
        assertEquals(List.of("H1"), residual.hazards());
        assertEquals(cell, residual.cell().probability() + " x " + residual.cell().severity() + " = "
                + residual.cell().zone());
        assertEquals(!expected.equals("A"), item.path().has(StepKind.WORST_HARM));
    }

    @Test
    void severityControlLowersTheResultingHarmUnlessTheConservativeOptionIsOn() {
        SafetyModel model = TestModels.model().item("I1").hardware("HW", RiskFactor.SEVERITY, "Minor")
                .hazard("H1", "Critical", List.of("I1"), "HW").build();
        ClassificationResult lowered = A1.classify(model);
        assertEquals("B", lowered.item("I1").orElseThrow().label());
        assertEquals("Minor (after external controls) -> non-serious injury -> B",
                lowered.item("I1").orElseThrow().path().first(StepKind.WORST_HARM).orElseThrow().severityRule());
        ClassificationResult conservative = new Iec62304Scheme(ClassificationOptions.DEFAULTS
                .withHarm(ClassificationOptions.HarmReading.BEFORE_CONTROLS)).classify(model);
        assertEquals("C", conservative.item("I1").orElseThrow().label());
    }

    @Test
    void labellingIsCreditedOnlyWhenTheOptionSaysSo() {
        SafetyModel model = TestModels.model().item("I1")
                .control("IFU", ControlKind.LABELLING, true, RiskFactor.PROBABILITY, "Improbable", null)
                .hazard("H1", "Minor", List.of("I1"), "IFU").build();
        HazardJudgement strict = A1.classify(model).hazard("H1").orElseThrow();
        assertEquals("labelling is not credited for classification", strict.notCredited().get(0).reason());
        assertEquals("A", new Iec62304Scheme(ClassificationOptions.DEFAULTS.withCreditLabelling(true)).classify(model)
                .item("I1").orElseThrow().label());
    }

    @Test
    void standardDecompositionExample() {
        ClassificationResult result = A1.classify(TestModels.decompositionExample(true).build());
        assertEquals("A", result.item("X").orElseThrow().label());
        assertEquals("B", result.item("W").orElseThrow().label());
        assertEquals("C", result.item("Z").orElseThrow().label());
        assertEquals("C", result.item("P").orElseThrow().label());
        assertEquals("C", result.system().label());
        assertTrue(result.item("X").orElseThrow().path().has(StepKind.SEGREGATED));
        assertEquals(List.of("H-W", "H-Z"),
                result.item("P").orElseThrow().path().first(StepKind.CONTRIBUTES).orElseThrow().hazards());
        assertEquals(List.of("Z"),
                result.item("P").orElseThrow().path().first(StepKind.CHILDREN_MAX).orElseThrow().related());
        assertEquals(List.of("SYS", "P", "X", "W", "Z"), result.rows().stream().map(ItemClassification::id).toList());
        assertEquals(List.of(0, 1, 2, 2, 2), result.rows().stream().map(ItemClassification::depth).toList());
    }

    @Test
    void decompositionExampleWithoutSegregationOfX() {
        ClassificationResult result = A1.classify(TestModels.decompositionExample(false).build());
        ItemClassification x = result.item("X").orElseThrow();
        assertEquals("C", x.label());
        assertEquals("class C because it inherits the class of P (not segregated)", x.because());
        assertEquals(List.of(StepKind.CONTRIBUTES, StepKind.INHERITED),
                x.path().steps().stream().map(DecisionStep::kind).toList());
    }

    @Test
    void segregationClaimedWithoutRationaleIsRejectedBeforeClassification() {
        var build = TestModels.decompositionExample(true).build().toBuilder()
                .replaceItem(SoftwareItem.of("X", "X").withParent("P").withNoContributionRationale("logos")
                        .withSegregation(true, ""))
                .build();
        assertFalse(build.isValid());
        assertTrue(build.problems().stream().anyMatch(p -> p.code().equals("segregation-without-rationale")));
    }

    @Test
    void notAnalysedItemIsClassCWithWarning() {
        ClassificationResult result = A1.classify(TestModels.model()
                .add(SoftwareItem.of("U", "U").withSegregation(false, "")).build());
        ItemClassification u = result.item("U").orElseThrow();
        assertEquals("C", u.label());
        assertTrue(u.path().has(StepKind.NOT_ANALYSED));
        assertTrue(result.warnings().stream().anyMatch(p -> p.code().equals("not-analysed")
                && p.message().contains("class C applies until a class is assigned")));
        assertEquals("C", result.system().label());
    }

    @Test
    void declaredNonContributingItemIsClassA() {
        ClassificationResult result = A1.classify(TestModels.model()
                .add(SoftwareItem.of("L", "Logger").withNoContributionRationale("writes logs only")).build());
        assertEquals("A", result.item("L").orElseThrow().label());
        assertEquals("A", result.system().label());
        assertEquals("class A because it cannot contribute to a hazardous situation: writes logs only",
                result.item("L").orElseThrow().because());
        assertTrue(result.warnings().isEmpty());
    }

    @Test
    void riskControlImplementerTakesTheClassOfTheRiskItControls() {
        SafetyModel model = TestModels.model().item("PUMP")
                .add(SoftwareItem.of("CHK", "Dose checker").withNoContributionRationale("only checks")
                        .withSegregation(true, "separate processor"))
                .control("SC1", ControlKind.SOFTWARE, false, RiskFactor.PROBABILITY, "Remote", "CHK")
                .hazard("H1", "Catastrophic", List.of("PUMP"), "SC1").build();
        ClassificationResult result = A1.classify(model);
        ItemClassification chk = result.item("CHK").orElseThrow();
        assertEquals("C", chk.label());
        DecisionStep step = chk.path().first(StepKind.RISK_CONTROL_IMPLEMENTER).orElseThrow();
        assertEquals(List.of("SC1"), step.controls());
        assertEquals(List.of("H1"), step.hazards());
        assertTrue(chk.because().contains("implements software risk control SC1"));
    }

    @Test
    void implementerNamedInNoHazardIsAnalysedThroughItsControls() {
        SafetyModel model = TestModels.model().item("PUMP")
                .add(SoftwareItem.of("LIM", "Dose-limit check").withSegregation(false, ""))
                .control("SC1", ControlKind.SOFTWARE, false, RiskFactor.PROBABILITY, "Remote", "LIM")
                .hazard("H1", "Minor", List.of("PUMP"), "SC1").build();
        ClassificationResult result = A1.classify(model);
        ItemClassification lim = result.item("LIM").orElseThrow();
        assertEquals("B", lim.label());
        assertEquals(List.of(StepKind.CONTRIBUTES, StepKind.RISK_CONTROL_IMPLEMENTER, StepKind.INHERITED),
                lim.path().steps().stream().map(DecisionStep::kind).toList());
        assertTrue(result.warnings().isEmpty(), result.warnings().toString());
        assertEquals("Basic", Classifications.run(model, "fda").system().label());
    }

    @Test
    void childrenMaxCanBeWaivedByClassRationale() {
        SoftwareItem parent = new SoftwareItem("P", "P", null, "", true, "own processor", "", null,
                "P only routes messages; children are separately partitioned", Origin.UNKNOWN);
        SafetyModel model = TestModels.model().add(parent)
                .add(SoftwareItem.of("Q", "Q").withParent("P").withSegregation(true, "partition"))
                .hazard("H1", "Minor", List.of("Q")).build();
        ClassificationResult result = A1.classify(model);
        assertEquals("A", result.item("P").orElseThrow().label());
        assertTrue(result.item("P").orElseThrow().path().has(StepKind.CHILDREN_MAX_WAIVED));
        assertEquals("B", result.item("Q").orElseThrow().label());
        assertEquals("B", result.system().label());
        SafetyModel withoutRationale = TestModels.valid(model.toBuilder().replaceItem(new SoftwareItem("P", "P", null, "", true,
                "own processor", "", null, "", Origin.UNKNOWN)));
        assertEquals("B", A1.classify(withoutRationale).item("P").orElseThrow().label());
    }

    @Test
    void childTakesAtLeastItsParentAndParentAtLeastItsChildren() {
        SafetyModel model = TestModels.model().item("P").child("Q", "P").child("R", "Q")
                .hazard("H1", "Minor", List.of("P")).hazard("H2", "Serious", List.of("R")).build();
        ClassificationResult result = A1.classify(model);
        assertEquals(List.of("C", "C", "C", "C"),
                result.rows().stream().map(ItemClassification::label).toList());
        assertEquals(List.of("H1", "H2"),
                result.item("P").orElseThrow().path().first(StepKind.CONTRIBUTES).orElseThrow().hazards());
    }

    @Test
    void sameModelGivesEqualResults() {
        SafetyModel model = TestModels.decompositionExample(true).build();
        assertEquals(A1.classify(model), A1.classify(model));
    }

    @Test
    void residualStepNamesCreditedAndUncreditedControls() {
        SafetyModel model = TestModels.model().item("I1").hardware("HW", RiskFactor.PROBABILITY, "Remote")
                .control("SW", ControlKind.SOFTWARE, false, RiskFactor.PROBABILITY, "Improbable", "I1")
                .hazard(new Hazard("H1", "", List.of("I1"), "", "", "Catastrophic", "Remote", List.of("HW", "SW"), "",
                        Origin.UNKNOWN)).build();
        HazardJudgement j = A1.classify(model).hazard("H1").orElseThrow();
        assertEquals(List.of("HW"), j.credited());
        assertEquals("SW", j.notCredited().get(0).controlId());
        assertEquals("Remote x Catastrophic = M (unacceptable)", j.cell().words());
        assertFalse(j.cell().words().contains("Frequent"));
    }
}
