package org.hazlab.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.classify.registry.SchemeRegistry;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareKind;
import org.hazlab.core.model.SoftwareItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DeviceSchemesTest {

    private static SafetyModel withAttributes(Map<String, String> attributes) {
        return TestModels.model().attributes(attributes).item("I1").item("I2")
                .hazard("H1", "Minor", List.of("I1", "I2")).build();
    }

    @ParameterizedTest(name = "IMDRF {0} x {1} = {2}")
    @CsvSource({
            "critical, treat-or-diagnose, IV", "critical, drive, III", "critical, inform, II",
            "serious, treat-or-diagnose, III", "serious, drive, II", "serious, inform, I",
            "non-serious, treat-or-diagnose, II", "non-serious, drive, I", "non-serious, inform, I",
            "Non Serious, Treat, II", "critical, drive_clinical_management, III"})
    void imdrfTable(String situation, String significance, String expected) {
        ClassificationResult result = Classifications.run(
                withAttributes(Map.of("situation", situation, "significance", significance)), "imdrf");
        assertEquals(expected, result.system().label());
        assertEquals(expected, result.item("I2").orElseThrow().label());
        assertTrue(result.item("I2").orElseThrow().path().has(StepKind.DEVICE_LEVEL));
        assertTrue(result.system().path().first(StepKind.RULE).orElseThrow().severityRule().endsWith("-> " + expected));
    }

    static Stream<Arguments> imdrfMissing() {
        return Stream.of(
                Arguments.of(Map.of("situation", "critical"), List.of("significance")),
                Arguments.of(Map.of("significance", "drive"), List.of("situation")),
                Arguments.of(Map.of(), List.of("significance", "situation")),
                Arguments.of(Map.of("significance", "drive", "situation", "dire"), List.of("situation")));
    }

    @ParameterizedTest
    @MethodSource("imdrfMissing")
    void imdrfSaysWhichFieldIsMissing(Map<String, String> attributes, List<String> missing) {
        ClassificationResult result = Classifications.run(withAttributes(attributes), "imdrf");
        Outcome.Undetermined outcome = assertInstanceOf(Outcome.Undetermined.class, result.system().outcome());
        assertEquals(missing, outcome.missing());
        assertEquals("undetermined", result.item("I1").orElseThrow().label());
        assertTrue(result.warnings().get(0).message().contains(missing.get(0)));
    }

    static Stream<Arguments> rule11() {
        return Stream.of(
                Arguments.of(attrs("none", "no", null), "I"),
                Arguments.of(attrs("other", "no", null), "IIa"),
                Arguments.of(attrs("serious-deterioration-or-surgery", "no", null), "IIb"),
                Arguments.of(attrs("death-or-irreversible", "no", "no"), "III"),
                Arguments.of(attrs("none", "yes", "no"), "IIa"),
                Arguments.of(attrs("None", "yes", "yes"), "IIb"),
                Arguments.of(attrs("other", "yes", "yes"), "IIb"),
                Arguments.of(attrs("death", "yes", "yes"), "III"),
                Arguments.of(attrs("Surgery", "false", null), "IIb"));
    }

    @ParameterizedTest(name = "Rule 11 {0} -> {1}")
    @MethodSource("rule11")
    void mdrRule11(Map<String, String> attributes, String expected) {
        ClassificationResult result = Classifications.run(withAttributes(attributes), "mdr11");
        assertEquals(expected, result.system().label());
        assertEquals(expected, result.item("I1").orElseThrow().label());
    }

    static Stream<Arguments> rule11Missing() {
        return Stream.of(
                Arguments.of(attrs(null, "no", null), List.of("rule11_decision_impact")),
                Arguments.of(attrs("none", "yes", null), List.of("vital_parameters")),
                Arguments.of(attrs("maybe", null, null), List.of("rule11_decision_impact", "monitors_physiological")));
    }

    @ParameterizedTest
    @MethodSource("rule11Missing")
    void mdrRule11SaysWhichFieldIsMissing(Map<String, String> attributes, List<String> missing) {
        ClassificationResult result = Classifications.run(withAttributes(attributes), "mdr11");
        assertEquals(missing, assertInstanceOf(Outcome.Undetermined.class, result.system().outcome()).missing());
    }

    private static Map<String, String> attrs(String impact, String monitors, String vital) {
        Map<String, String> map = new HashMap<>();
        if (impact != null) {
            map.put("rule11_decision_impact", impact);
        }
        if (monitors != null) {
            map.put("monitors_physiological", monitors);
        }
        if (vital != null) {
            map.put("vital_parameters", vital);
        }
        return map;
    }

    static Stream<Arguments> kinds() {
        Map<String, String> samd = Map.of("significance", "treat-or-diagnose", "situation", "critical",
                "rule11_decision_impact", "death-or-irreversible", "monitors_physiological", "no");
        return Stream.of(
                // kind, device class, rule, imdrf, mdr11
                Arguments.of(null, "", samd, "IV", "III"),
                Arguments.of(SoftwareKind.STANDALONE, "", samd, "IV", "III"),
                Arguments.of(SoftwareKind.EMBEDDED, "IIb", samd, "not applicable", "IIb"),
                Arguments.of(SoftwareKind.EMBEDDED, "III", Map.of(), "not applicable", "III"),
                Arguments.of(SoftwareKind.EMBEDDED, "", samd, "not applicable", "undetermined"));
    }

    @ParameterizedTest(name = "{0} device {1}: imdrf {3}, mdr11 {4}")
    @MethodSource("kinds")
    void schemesApplyOnlyToTheSoftwareTheyCover(SoftwareKind kind, String deviceClass, Map<String, String> attributes,
                                                String imdrf, String mdr11) {
        SafetyModel model = TestModels.model().attributes(attributes).kind(kind, deviceClass, "Rule 12").item("I1")
                .hazard("H1", "Catastrophic", List.of("I1")).build();
        assertEquals(imdrf, Classifications.run(model, "imdrf").system().label());
        assertEquals(mdr11, Classifications.run(model, "mdr11").system().label());
        assertEquals("Enhanced", Classifications.run(model, "fda").system().label(), "FDA applies to every kind");
    }

    @Test
    void embeddedPump() throws Exception {
        SafetyModel pump = org.hazlab.core.workspace.WorkspaceLoader.load(java.nio.file.Path.of("../datasets/infusion-pump"))
                .safetyModel().orElseThrow();
        ClassificationResult imdrf = Classifications.run(pump, "imdrf");
        Outcome.NotApplicable na = assertInstanceOf(Outcome.NotApplicable.class, imdrf.system().outcome());
        assertTrue(na.reason().contains("embedded"), na.reason());
        assertEquals("not applicable", imdrf.item("IPC-LOG").orElseThrow().label());
        ClassificationResult mdr = Classifications.run(pump, "mdr11");
        assertEquals("IIb", mdr.system().label());
        DecisionStep rule = mdr.system().path().first(StepKind.RULE).orElseThrow();
        assertTrue(rule.severityRule().startsWith("Annex VIII 3.3"), rule.severityRule());
        assertTrue(mdr.system().because().contains("MDR Annex VIII 3.3"), mdr.system().because());
        assertTrue(mdr.system().because().contains("Rule 12"), mdr.system().because());
        ClassificationResult fda = Classifications.run(pump, "fda");
        assertEquals("Enhanced", fda.system().label());
        assertTrue(fda.system().path().first(StepKind.NOT_MODELLED).orElseThrow().words().contains("probable"));
    }

    @Test
    void fdaIsEnhancedBeforeControlsEvenWhen62304IsA() {
        SafetyModel model = TestModels.model().item("I1")
                .hardware("HW", RiskFactor.PROBABILITY, "Improbable")
                .hazard("H1", "Catastrophic", List.of("I1"), "HW").build();
        assertEquals("A", Classifications.run(model, "62304").system().label());
        ClassificationResult fda = Classifications.run(model, "fda");
        assertEquals("Enhanced", fda.system().label());
        assertEquals(List.of("H1"), fda.system().path().first(StepKind.RULE).orElseThrow().hazards());
    }

    @Test
    void fdaIsBasicWhenNoHazardReachesSeriousInjury() {
        SafetyModel model = TestModels.model().item("I1")
                .add(SoftwareItem.of("I2", "I2").withNoContributionRationale("UI chrome"))
                .hazard("H1", "Minor", List.of("I1")).build();
        assertEquals("Basic", Classifications.run(model, "fda").system().label());
    }

    @Test
    void fdaTreatsMissingSeverityAndUnanalysedItemsAsEnhanced() {
        SafetyModel noSeverity = TestModels.model().item("I1").hazard("H1", null, List.of("I1")).build();
        assertEquals("Enhanced", Classifications.run(noSeverity, "fda").system().label());
        SafetyModel unanalysed = TestModels.model().item("I1").item("I9")
                .hazard("H1", "Minor", List.of("I1")).build();
        ClassificationResult result = Classifications.run(unanalysed, "fda");
        assertEquals("Enhanced", result.system().label());
        assertEquals(List.of("I9"), result.system().path().first(StepKind.NOT_ANALYSED).orElseThrow().related());
    }

    @Test
    void fdaWithoutAnyInputIsUndetermined() {
        SafetyModel empty = TestModels.model().build();
        assertEquals(List.of("hazards", "items"), assertInstanceOf(Outcome.Undetermined.class,
                Classifications.run(empty, "fda").system().outcome()).missing());
    }

    @Test
    void registryListsTheFiveSchemesAndRejectsUnknownIds() {
        assertEquals(List.of("62304", "62304-2006", "imdrf", "mdr11", "fda"), SchemeRegistry.standard().ids());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Classifications.run(TestModels.model().build(), "62304-ed2"));
        assertTrue(e.getMessage().contains("known: [62304, 62304-2006, imdrf, mdr11, fda]"));
    }

    @Test
    void aNewSchemeIsOneClass() {
        ClassificationScheme rigour = new ClassificationScheme() {
            @Override
            public String id() {
                return "62304-ed2";
            }

            @Override
            public String displayName() {
                return "IEC 62304 edition 2 rigour level";
            }

            @Override
            public List<String> categories() {
                return List.of("I", "II");
            }

            @Override
            public ClassificationResult classify(SafetyModel model) {
                ClassificationResult a1 = Classifications.run(model, "62304");
                return new ClassificationResult(id(), displayName(), a1.system(), a1.items(), List.of(), List.of());
            }
        };
        SchemeRegistry registry = SchemeRegistry.standard().with(rigour);
        assertEquals("62304-ed2", registry.ids().get(5));
        assertEquals(5, SchemeRegistry.standard().ids().size());
        assertEquals("62304-ed2", registry.require("62304-ed2").classify(TestModels.model().item("I1").build())
                .schemeId());
        assertEquals(ControlKind.HARDWARE, ControlKind.fromKey("hardware"));
    }
}
