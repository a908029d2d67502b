package org.hazlab.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.hazlab.core.classify.iec62304.Iec62304Edition2006Scheme;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SafetyModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Edition2006SchemeTest {

    private static final Iec62304Edition2006Scheme SCHEME = new Iec62304Edition2006Scheme();

    static Stream<Arguments> cases() {
        return Stream.of(
                // severity, control kind, reduces, to, expected, step kinds
                Arguments.of("Negligible", null, null, null, "A", List.of(StepKind.SEVERITY_ONLY)),
                Arguments.of("Minor", null, null, null, "B", List.of(StepKind.SEVERITY_ONLY, StepKind.HARDWARE_CONTROL)),
                Arguments.of("Serious", null, null, null, "C", List.of(StepKind.SEVERITY_ONLY, StepKind.HARDWARE_CONTROL)),
                Arguments.of("Catastrophic", ControlKind.HARDWARE, RiskFactor.PROBABILITY, "Improbable", "B",
                        List.of(StepKind.SEVERITY_ONLY, StepKind.HARDWARE_CONTROL)),
                Arguments.of("Catastrophic", ControlKind.HARDWARE, RiskFactor.PROBABILITY, "Remote", "C",
                        List.of(StepKind.SEVERITY_ONLY, StepKind.HARDWARE_CONTROL)),
                Arguments.of("Catastrophic", ControlKind.HUMAN, RiskFactor.PROBABILITY, "Improbable", "C",
                        List.of(StepKind.SEVERITY_ONLY, StepKind.HARDWARE_CONTROL)),
                Arguments.of("Catastrophic", ControlKind.INDEPENDENT_SYSTEM, RiskFactor.PROBABILITY, "Improbable",
                        "C", List.of(StepKind.SEVERITY_ONLY, StepKind.HARDWARE_CONTROL)),
                Arguments.of("Minor", ControlKind.HARDWARE, RiskFactor.PROBABILITY, "Remote", "A",
                        List.of(StepKind.SEVERITY_ONLY, StepKind.HARDWARE_CONTROL)),
                Arguments.of("Critical", ControlKind.HARDWARE, RiskFactor.SEVERITY, "Negligible", "B",
                        List.of(StepKind.SEVERITY_ONLY, StepKind.HARDWARE_CONTROL)),
                // 4.3 a (2006): a hardware control "reducing the consequences of the failure" below the harm that
                // set the class lowers it one step, even when the lesser harm's cell is still unacceptable
                Arguments.of("Catastrophic", ControlKind.HARDWARE, RiskFactor.SEVERITY, "Minor", "B",
                        List.of(StepKind.SEVERITY_ONLY, StepKind.HARDWARE_CONTROL)),
                Arguments.of("Catastrophic", ControlKind.HARDWARE, RiskFactor.SEVERITY, "Critical", "C",
                        List.of(StepKind.SEVERITY_ONLY, StepKind.HARDWARE_CONTROL)),
                Arguments.of("Minor", ControlKind.HARDWARE, RiskFactor.SEVERITY, "Negligible", "A",
                        List.of(StepKind.SEVERITY_ONLY, StepKind.HARDWARE_CONTROL)),
                Arguments.of("Catastrophic", ControlKind.HUMAN, RiskFactor.SEVERITY, "Minor", "C",
                        List.of(StepKind.SEVERITY_ONLY, StepKind.HARDWARE_CONTROL)),
                Arguments.of(null, null, null, null, "C", List.of(StepKind.SEVERITY_ONLY, StepKind.HARDWARE_CONTROL)));
    }

    @ParameterizedTest(name = "{0} with {1} {2}->{3} is {4}")
    @MethodSource("cases")
    void severityAloneThenOneStepForHardware(String severity, ControlKind kind, RiskFactor reduces, String to,
                                             String expected, List<StepKind> kinds) {
        TestModels builder = TestModels.model().item("I1");
        if (kind != null) {
            builder.control("RC1", kind, true, reduces, to, null).hazard("H1", severity, List.of("I1"), "RC1");
        } else {
            builder.hazard("H1", severity, List.of("I1"));
        }
        ItemClassification item = SCHEME.classify(builder.build()).item("I1").orElseThrow();
        assertEquals(expected, item.label());
        assertEquals(kinds, item.path().steps().stream().map(DecisionStep::kind)
                .filter(k -> k == StepKind.SEVERITY_ONLY || k == StepKind.HARDWARE_CONTROL).toList());
    }

    @Test
    void aHardwareLimiterCappingTheConsequenceSaysSoInItsReason() {
        SafetyModel model = TestModels.model().item("I1").hardware("LIM", RiskFactor.SEVERITY, "Minor")
                .hazard("H1", "Catastrophic", List.of("I1"), "LIM").build();
        ItemClassification item = SCHEME.classify(model).item("I1").orElseThrow();
        assertEquals("B", item.label());
        assertEquals("class B because hazard H1 has severity Catastrophic (death), lowered one step by hardware "
                + "control LIM capping the consequence at Minor", item.because());
        DecisionStep hardware = item.path().first(StepKind.HARDWARE_CONTROL).orElseThrow();
        assertTrue(hardware.words().contains("caps the consequence at Minor"), hardware.words());
        assertEquals("Frequent x Minor = M (unacceptable)", hardware.cell().words());
    }

    @Test
    void sameDecompositionRulesAsA1() {
        SafetyModel model = TestModels.decompositionExample(true).build();
        ClassificationResult result = SCHEME.classify(model);
        assertEquals(List.of("C", "C", "A", "B", "C"), result.rows().stream().map(ItemClassification::label).toList());
        assertEquals("62304-2006", result.schemeId());
    }

    @Test
    void a1CreditsAHumanControlThat2006Ignores() {
        SafetyModel model = TestModels.model().item("I1")
                .control("NURSE", ControlKind.HUMAN, true, RiskFactor.PROBABILITY, "Improbable", null)
                .hazard("H1", "Catastrophic", List.of("I1"), "NURSE").build();
        assertEquals("A", Classifications.run(model, "62304").item("I1").orElseThrow().label());
        assertEquals("C", Classifications.run(model, "62304-2006").item("I1").orElseThrow().label());
    }
}
