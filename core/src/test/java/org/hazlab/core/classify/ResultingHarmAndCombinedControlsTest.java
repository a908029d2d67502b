package org.hazlab.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.hazlab.core.classify.checks.ConsistencyChecks;
import org.hazlab.core.classify.iec62304.Iec62304Scheme;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.policy.ClassificationOptions;
import org.hazlab.core.policy.ClassificationOptions.HarmReading;
import org.hazlab.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * IEC 62304 A1 4.3 step 3 ("the resulting possible harm") under both readings, contested items, and several
 * external controls combining on one hazard (docs/method.md, "Options" and "Several controls").
 */
class ResultingHarmAndCombinedControlsTest {

    private static final Iec62304Scheme A1 = new Iec62304Scheme();
    private static final ClassificationOptions CONSERVATIVE = ClassificationOptions.DEFAULTS
            .withHarm(HarmReading.BEFORE_CONTROLS);

    /**
     * A diagnostic whose false negative is Serious; an independent confirmatory test (a human procedure on every
     * negative result) limits the consequence to Minor. Frequent x Minor stays unacceptable (M).
     */
    private static SafetyModel diagnostic(ClassificationOptions options) {
        return TestModels.model().options(options).item("ALG")
                .control("CONFIRM", ControlKind.HUMAN, true, RiskFactor.SEVERITY, "Minor", null)
                .hazard("H-FN", "Serious", List.of("ALG"), "CONFIRM").build();
    }

    @Test
    void diagnosticIsBByDefaultAndCUnderTheConservativeOption() {
        ClassificationResult byDefault = A1.classify(diagnostic(ClassificationOptions.DEFAULTS));
        ItemClassification alg = byDefault.item("ALG").orElseThrow();
        assertEquals("B", alg.label());
        assertEquals(ClassificationOptions.DEFAULTS, byDefault.options());
        assertEquals("class B because hazard H-FN can cause non-serious injury (Minor, after external controls) and "
                + "stays unacceptable after external controls (Frequent x Minor = M)", alg.because());
        assertEquals("C", alg.contested().label());
        assertEquals(HarmReading.BEFORE_CONTROLS, alg.contested().reading());
        assertTrue(alg.contested().path().because().contains("judged before controls"), alg.contested().path().because());

        ClassificationResult conservative = A1.classify(diagnostic(CONSERVATIVE));
        ItemClassification strict = conservative.item("ALG").orElseThrow();
        assertEquals("C", strict.label());
        assertEquals(CONSERVATIVE, conservative.options());
        assertEquals("class C because hazard H-FN stays unacceptable after external controls (Frequent x Minor = M) "
                + "and, judged before controls (conservative reading), can cause serious injury (Serious)",
                strict.because());
        assertEquals("B", strict.contested().label());
        assertEquals(HarmReading.AFTER_CONTROLS, strict.contested().reading());
        assertEquals(List.of("SYS", "ALG"), conservative.contested().stream().map(ItemClassification::id).toList());
    }

    @Test
    void anOverrideOfTheSchemeWinsOverThePolicy() {
        ClassificationResult result = new Iec62304Scheme(CONSERVATIVE).classify(diagnostic(ClassificationOptions.DEFAULTS));
        assertEquals("C", result.item("ALG").orElseThrow().label());
        assertEquals(CONSERVATIVE, result.options());
    }

    static Stream<Arguments> harmReadings() {
        return Stream.of(
                // estimated severity, control reduces severity to, after-controls class, before-controls class
                Arguments.of("Serious", "Minor", "B", "C"),
                Arguments.of("Catastrophic", "Minor", "B", "C"),
                Arguments.of("Catastrophic", "Serious", "C", "C"),
                Arguments.of("Critical", "Negligible", "A", "A"),
                Arguments.of("Minor", "Minor", "B", "B"),
                Arguments.of("Serious", null, "C", "C"));
    }

    @ParameterizedTest(name = "{0} capped at {1}: {2} after controls, {3} before")
    @MethodSource("harmReadings")
    void theReasonNeverContradictsItsCell(String severity, String cappedAt, String after, String before) {
        for (ClassificationOptions options : List.of(ClassificationOptions.DEFAULTS, CONSERVATIVE)) {
            TestModels builder = TestModels.model().options(options).item("I1");
            if (cappedAt != null) {
                builder.hardware("CAP", RiskFactor.SEVERITY, cappedAt).hazard("H1", severity, List.of("I1"), "CAP");
            } else {
                builder.hazard("H1", severity, List.of("I1"));
            }
            ClassificationResult result = A1.classify(builder.build());
            ItemClassification item = result.item("I1").orElseThrow();
            boolean isAfter = options == ClassificationOptions.DEFAULTS;
            assertEquals(isAfter ? after : before, item.label());
            assertEquals(after.equals(before), item.contested() == null, "contested only when the readings differ");
            HazardJudgement j = result.hazard("H1").orElseThrow();
            String cell = j.cell().probability() + " x " + j.cell().severity() + " = " + j.cell().zone();
            if (!item.label().equals("A")) {
                assertTrue(item.because().contains(cell), item.because());
                assertTrue(item.because().contains("(" + j.harmSeverity()), "the harm named is the one judged: "
                        + item.because());
                if (isAfter) {
                    assertEquals(j.severity(), j.harmSeverity(), "after controls, the harm is the cell's severity");
                }
            }
        }
    }

    /** Three external controls on one Catastrophic hazard: steps applied from the worst case. */
    static Stream<Arguments> combinations() {
        return Stream.of(
                // controls (id:kind:factor:to-or-by), expected cell, class, contributions
                Arguments.of(List.of("HW:hardware:probability:Probable", "CHK:human:probability:1",
                                "REV:independent-system:probability:2"), "Improbable x Catastrophic = L", "A",
                        List.of("HW (probability to Probable): probability Frequent -> Probable",
                                "CHK (probability by 1 level): probability Probable -> Occasional",
                                "REV (probability by 2 levels): probability Occasional -> Improbable")),
                // a relative step listed first still applies after the absolute level (order-independent rule)
                Arguments.of(List.of("CHK:human:probability:1", "HW:hardware:probability:Occasional",
                                "REV:independent-system:probability:1"), "Improbable x Catastrophic = L", "A",
                        List.of("HW (probability to Occasional): probability Frequent -> Occasional",
                                "CHK (probability by 1 level): probability Occasional -> Remote",
                                "REV (probability by 1 level): probability Remote -> Improbable")),
                // never below the lowest level
                Arguments.of(List.of("HW:hardware:probability:Remote", "CHK:human:probability:3",
                                "REV:independent-system:probability:2"), "Improbable x Catastrophic = L", "A",
                        List.of("HW (probability to Remote): probability Frequent -> Remote",
                                "CHK (probability by 3 levels): probability Remote -> Improbable",
                                "REV (probability by 2 levels): probability Improbable -> Improbable (no further reduction)")),
                // two absolute levels: the lowest counts, the higher adds nothing
                Arguments.of(List.of("HW:hardware:probability:Remote", "HW2:hardware:probability:Probable",
                                "CAP:hardware:severity:1"), "Remote x Critical = L", "A",
                        List.of("HW (probability to Remote): probability Frequent -> Remote",
                                "HW2 (probability to Probable): probability Remote -> Remote (no further reduction)",
                                "CAP (severity by 1 level): severity Catastrophic -> Critical")),
                // severity and probability together, still unacceptable: the resulting harm decides
                // labelling is not credited by default, so it contributes nothing
                Arguments.of(List.of("CAP:hardware:severity:Critical", "CHK:human:severity:2",
                                "LBL:labelling:probability:4"), "Frequent x Minor = M", "B",
                        List.of("CAP (severity to Critical): severity Catastrophic -> Critical",
                                "CHK (severity by 2 levels): severity Critical -> Minor")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("combinations")
    void threeControlsCombine(List<String> controls, String cell, String expected, List<String> contributions) {
        TestModels builder = TestModels.model().item("I1");
        for (String spec : controls) {
            String[] p = spec.split(":");
            ControlKind kind = ControlKind.fromKey(p[1]);
            RiskFactor factor = RiskFactor.fromKey(p[2]);
            if (p[3].chars().allMatch(Character::isDigit)) {
                builder.controlBy(p[0], kind, factor, Integer.parseInt(p[3]));
            } else {
                builder.control(p[0], kind, true, factor, p[3], null);
            }
        }
        builder.hazard("H1", "Catastrophic", List.of("I1"),
                controls.stream().map(c -> c.split(":")[0]).toArray(String[]::new));
        ClassificationResult result = A1.classify(builder.build());
        HazardJudgement j = result.hazard("H1").orElseThrow();
        assertEquals(cell, j.cell().probability() + " x " + j.cell().severity() + " = " + j.cell().zone());
        assertEquals(expected, result.item("I1").orElseThrow().label());
        assertEquals(contributions, j.contributions().stream().map(ControlContribution::words).toList());
        DecisionStep residual = result.item("I1").orElseThrow().path().first(StepKind.RESIDUAL_RISK).orElseThrow();
        for (String contribution : contributions) {
            assertTrue(residual.words().contains(contribution), "the path shows each control's contribution: "
                    + residual.words());
        }
    }

    @Test
    void aControlWithoutEffectIsNotCreditedAndIsAFinding() {
        SafetyModel model = TestModels.model().item("I1")
                .control("VAGUE", ControlKind.HARDWARE, true, null, null, null)
                .hazard("H1", "Serious", List.of("I1"), "VAGUE").build();
        HazardJudgement j = A1.classify(model).hazard("H1").orElseThrow();
        assertTrue(j.credited().isEmpty());
        assertEquals("states no effect (reduces with reduces_to or reduces_by)", j.notCredited().get(0).reason());
        List<Problem> findings = ConsistencyChecks.run(model);
        Problem finding = findings.stream().filter(p -> p.code().equals("control-without-effect")).findFirst()
                .orElseThrow();
        assertEquals("control 'VAGUE' is listed on hazard H1 but states no effect; it is not credited in the "
                + "classification", finding.message());
        assertFalse(findings.stream().anyMatch(p -> p.code().equals("control-mitigates-nothing")));
    }

    @Test
    void labellingIsCreditedWhenThePolicySaysSo() {
        TestModels builder = TestModels.model().item("I1")
                .control("IFU", ControlKind.LABELLING, true, RiskFactor.PROBABILITY, "Improbable", null)
                .hazard("H1", "Minor", List.of("I1"), "IFU");
        assertEquals("B", A1.classify(builder.build()).item("I1").orElseThrow().label());
        ClassificationResult credited = A1.classify(builder.options(ClassificationOptions.DEFAULTS
                .withCreditLabelling(true)).build());
        assertEquals("A", credited.item("I1").orElseThrow().label());
        assertTrue(credited.options().creditLabelling());
        assertNull(credited.item("I1").orElseThrow().contested());
    }
}
