package org.hazlab.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hazlab.core.policy.RiskPolicies;
import org.hazlab.core.problem.Problem;
import org.junit.jupiter.api.Test;

class SafetyModelTest {

    private static SafetyModel.Builder pump() {
        return SafetyModel.builder(RiskPolicies.defaultPolicy())
                .system(SystemProfile.named("IPC", "Infusion pump controller"))
                .item(SoftwareItem.of("SYS", "Controller"))
                .item(SoftwareItem.of("DOSE", "Dose calculation").withParent("SYS"))
                .item(SoftwareItem.of("LOG", "Event log").withParent("SYS")
                        .withSegregation(true, "separate processor, partitioned memory"))
                .hazard(Hazard.of("H1", List.of("DOSE"), "S5", "P2", List.of("RC1")))
                .control(RiskControl.of("RC1", ControlKind.HARDWARE, true));
    }

    private static List<String> codes(ModelBuild build) {
        return build.problems().stream().map(Problem::code).toList();
    }

    @Test
    void aValidModelResolvesAliasesAndIndexesTheHierarchy() {
        ModelBuild build = pump().build();
        assertTrue(build.isValid(), build.problems().toString());
        SafetyModel model = build.modelIfValid().orElseThrow();
        Hazard hazard = model.hazard("H1").orElseThrow();
        assertEquals("Catastrophic", hazard.severity());
        assertEquals("Remote", hazard.probability());
        assertEquals(List.of("DOSE", "LOG"), model.children("SYS").stream().map(SoftwareItem::id).toList());
        assertEquals(List.of(hazard), model.hazardsNaming("DOSE"));
        assertEquals(List.of("SYS", "DOSE", "LOG"), model.subtree("SYS").stream().map(SoftwareItem::id).toList());
        assertEquals("Catastrophic", model.severityOf(hazard).orElseThrow().name());
    }

    @Test
    void aChangedCopyLeavesTheOriginalUntouched() {
        SafetyModel baseline = pump().build().modelIfValid().orElseThrow();
        SafetyModel changed = baseline.toBuilder()
                .replaceHazard(baseline.hazard("H1").orElseThrow().withSeverity("Minor"))
                .removeControl("RC1")
                .replaceHazard(baseline.hazard("H1").orElseThrow().withSeverity("Minor").withControls(List.of()))
                .build().modelIfValid().orElseThrow();
        assertEquals("Minor", changed.hazard("H1").orElseThrow().severity());
        assertEquals("Catastrophic", baseline.hazard("H1").orElseThrow().severity());
        assertTrue(baseline.control("RC1").isPresent());
        assertFalse(changed.control("RC1").isPresent());
    }

    @Test
    void removingAControlStillReferencedIsADanglingReference() {
        ModelBuild build = pump().removeControl("RC1").build();
        assertFalse(build.isValid());
        assertEquals(List.of("unknown-reference"), codes(build));
    }

    @Test
    void everyStructuralRuleReportsTheRowsInvolved() {
        ModelBuild build = SafetyModel.builder(RiskPolicies.defaultPolicy())
                .item(SoftwareItem.of("A", "a").withOrigin(Origin.of("items.csv", 2)))
                .item(SoftwareItem.of("A", "again").withOrigin(Origin.of("items.csv", 3)))
                .item(SoftwareItem.of("X", "x").withParent("Y"))
                .item(SoftwareItem.of("Y", "y").withParent("X"))
                .item(SoftwareItem.of("S", "s").withParent("A").withSegregation(true, ""))
                .hazard(Hazard.of("H", List.of("A", "NOPE"), "Deadly", "P1", List.of()))
                .build();
        assertFalse(build.isValid());
        assertEquals(List.of("unknown-level", "duplicate-id", "unknown-reference", "hierarchy-cycle",
                "segregation-without-rationale"), codes(build).stream().filter(c -> !c.startsWith("hazard-")
                && !c.startsWith("missing")).toList());
        Problem duplicate = build.problems().stream().filter(p -> p.code().equals("duplicate-id")).findFirst()
                .orElseThrow();
        assertEquals("items.csv:3", duplicate.location().toString());
        assertEquals("items.csv:2", duplicate.related().get(0).toString());
    }

    @Test
    void missingEstimatesAndSoftwareControlsWithoutItemAreWarnings() {
        ModelBuild build = pump()
                .hazard(Hazard.of("H2", List.of(), null, null, List.of()))
                .control(RiskControl.of("RC2", ControlKind.SOFTWARE, false))
                .build();
        assertTrue(build.isValid());
        assertEquals(List.of("hazard-without-items", "missing-estimate", "software-control-without-item"),
                codes(build));
        assertEquals(3, build.modelIfValid().orElseThrow().warnings().size());
    }

    @Test
    void aReductionNeedsBothItsFactorAndItsLevel() {
        ModelBuild levelOnly = pump()
                .control(new RiskControl("RC2", "", ControlKind.HARDWARE, true, null, "Remote", null, Origin.UNKNOWN))
                .build();
        assertFalse(levelOnly.isValid());
        assertEquals(List.of("missing-value"), codes(levelOnly));
        ModelBuild factorOnly = pump()
                .control(new RiskControl("RC2", "", ControlKind.HARDWARE, true, RiskFactor.PROBABILITY, null, null,
                        Origin.UNKNOWN))
                .build();
        assertTrue(factorOnly.isValid());
        assertEquals(List.of("reduction-without-level"), codes(factorOnly));
    }
}
