package org.hazlab.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.Origin;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.policy.ClassificationOptions;
import org.hazlab.core.policy.ClassificationOptions.HarmReading;
import org.hazlab.core.policy.RiskPolicies;
import org.hazlab.core.policy.RiskPolicy;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.core.workspace.WorkspaceLoader;
import org.hazlab.core.whatif.Sensitivity;
import org.hazlab.core.whatif.SensitivityResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Where the options and the new inputs come from and how bad ones are reported: the policy's classification
 * section, reduces_by validation, system.kind in the manifest, top-level segregation, the sensitivity row for the
 * harm reading.
 */
class RuleInputsTest {

    @TempDir
    Path dir;

    private static String policyWith(String classification) throws Exception {
        String base = new String(RiskPolicies.class.getResourceAsStream("default-policy.json").readAllBytes(),
                StandardCharsets.UTF_8).strip();
        return base.substring(0, base.length() - 1) + ", \"classification\": " + classification + "}";
    }

    static Stream<Arguments> policySections() {
        return Stream.of(
                Arguments.of("{}", HarmReading.AFTER_CONTROLS, false),
                Arguments.of("{\"harm\": \"before-controls\"}", HarmReading.BEFORE_CONTROLS, false),
                Arguments.of("{\"harm\": \"conservative\", \"creditLabelling\": true}", HarmReading.BEFORE_CONTROLS, true),
                Arguments.of("{\"harm\": \"after-controls\", \"creditLabelling\": false}", HarmReading.AFTER_CONTROLS,
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policySections")
    void thePolicyNamesTheOptions(String section, HarmReading harm, boolean labelling) throws Exception {
        RiskPolicy policy = RiskPolicies.read(new ByteArrayInputStream(policyWith(section)
                .getBytes(StandardCharsets.UTF_8)), "policy.json");
        assertEquals(new ClassificationOptions(harm, labelling), policy.classification());
    }

    @Test
    void anUnknownHarmReadingIsALocatedPolicyError() throws Exception {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RiskPolicies.read(
                new ByteArrayInputStream(policyWith("{\"harm\": \"worst\"}").getBytes(StandardCharsets.UTF_8)),
                "policy.json"));
        Problem p = e.problems().get(0);
        assertEquals("bad-policy", p.code());
        assertEquals("worst", p.value());
        assertTrue(p.expected().contains("before-controls"), p.expected());
        assertEquals(ClassificationOptions.DEFAULTS, RiskPolicies.defaultPolicy().classification());
    }

    static Stream<Arguments> reductions() {
        return Stream.of(
                // reduces, to, by, problem code (empty: valid)
                Arguments.of(RiskFactor.PROBABILITY, "Remote", 0, ""),
                Arguments.of(RiskFactor.PROBABILITY, null, 2, ""),
                Arguments.of(RiskFactor.PROBABILITY, "Remote", 1, "ambiguous-reduction"),
                Arguments.of(null, null, 1, "missing-value"),
                Arguments.of(RiskFactor.SEVERITY, null, -1, "bad-value"),
                Arguments.of(RiskFactor.SEVERITY, null, 0, "reduction-without-level"));
    }

    @ParameterizedTest(name = "{0} to {1} by {2}: {3}")
    @MethodSource("reductions")
    void aControlStatesOneEffect(RiskFactor reduces, String to, int by, String code) {
        var build = SafetyModel.builder(RiskPolicies.defaultPolicy()).item(SoftwareItem.of("I1", "I1"))
                .control(new RiskControl("RC", "", ControlKind.HARDWARE, true, reduces, to, by, null,
                        Origin.of("controls.csv", 2)))
                .hazard(new org.hazlab.core.model.Hazard("H1", "", List.of("I1"), "", "", "Serious", "Remote",
                        List.of("RC"), "", Origin.of("hazards.csv", 2)))
                .build();
        List<String> codes = build.problems().stream().map(Problem::code).toList();
        if (code.isEmpty()) {
            assertTrue(build.isValid(), codes.toString());
            assertFalse(codes.contains("reduction-without-level"), codes.toString());
        } else {
            assertTrue(codes.contains(code), codes.toString());
        }
    }

    static Stream<Arguments> manifests() {
        return Stream.of(
                Arguments.of("\"kind\": \"embedded\", \"deviceClass\": \"iib\"", "", "IIb"),
                Arguments.of("\"kind\": \"samd\"", "", "undetermined"),
                Arguments.of("\"kind\": \"embedded\"", "device-class-missing", "undetermined"),
                Arguments.of("\"kind\": \"standalone\", \"deviceClass\": \"IIa\"", "device-class-ignored", "undetermined"),
                Arguments.of("\"kind\": \"embedded\", \"deviceClass\": \"IV\"", "bad-manifest", null),
                Arguments.of("\"kind\": \"plugin\"", "bad-manifest", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("manifests")
    void theManifestSaysWhatTheSoftwareIs(String system, String code, String mdr11) throws Exception {
        Files.writeString(dir.resolve("items.csv"), "id\nI1\n");
        Files.writeString(dir.resolve("hazards.csv"), "id,items,severity,probability\nH1,I1,Minor,Remote\n");
        Files.writeString(dir.resolve("controls.csv"), "id,kind\n");
        Files.writeString(dir.resolve("workspace.json"), "{\"system\": {\"id\": \"S\", " + system + "}}");
        Workspace ws = WorkspaceLoader.load(dir);
        List<String> codes = ws.problemList().stream().map(Problem::code).toList();
        if (!code.isEmpty()) {
            assertTrue(codes.contains(code), codes.toString());
        }
        if (mdr11 == null) {
            assertFalse(ws.isValid());
        } else {
            assertEquals(mdr11, Classifications.run(ws.safetyModel().orElseThrow(), "mdr11").system().label());
        }
    }

    @Test
    void aSegregatedTopLevelItemKeepsItsClassAndIsNotQuestioned() {
        SafetyModel model = TestModels.model()
                .add(SoftwareItem.of("W", "W").withSegregation(true, "own processor"))
                .item("Z")
                .hazard("H-W", "Minor", List.of("W"), "HW")
                .hardware("HW", RiskFactor.PROBABILITY, "Improbable")
                .hazard("H-Z", "Catastrophic", List.of("Z")).build();
        assertFalse(model.warnings().stream().anyMatch(p -> p.code().startsWith("segregation")), model.warnings().toString());
        ItemClassification w = Classifications.run(model).item("W").orElseThrow();
        assertEquals("A", w.label());
        assertEquals("C", Classifications.run(model).system().label());
        assertTrue(w.path().first(StepKind.SEGREGATED).orElseThrow().words()
                .contains("segregated from the other items of the software system"));
    }

    @Test
    void sensitivityNamesTheHarmReadingForContestedItems() {
        SafetyModel model = TestModels.model().item("ALG")
                .control("CONFIRM", ControlKind.HUMAN, true, RiskFactor.SEVERITY, "Minor", null)
                .hazard("H-FN", "Serious", List.of("ALG"), "CONFIRM").build();
        SensitivityResult result = Sensitivity.of(model);
        var t = result.table();
        var rows = t.where(t.stringColumn("item").isEqualTo("ALG").and(t.stringColumn("subject").isEqualTo("harm reading")));
        assertEquals(1, rows.rowCount());
        assertEquals("B", rows.stringColumn("class").get(0));
        assertEquals("C", rows.stringColumn("becomes").get(0));
        assertEquals("harm judged before-controls", rows.stringColumn("if").get(0));
        SensitivityResult conservative = Sensitivity.of(model.withClassificationOptions(
                ClassificationOptions.DEFAULTS.withHarm(HarmReading.BEFORE_CONTROLS)));
        var c = conservative.table();
        var down = c.where(c.stringColumn("item").isEqualTo("ALG").and(c.stringColumn("subject").isEqualTo("harm reading")));
        assertEquals("B", down.stringColumn("becomes").get(0));
        assertEquals("down", down.stringColumn("direction").get(0));
    }
}
