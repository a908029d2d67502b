package org.hazlab.core.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.workspace.Workspace;
import org.hazlab.core.workspace.WorkspaceLoader;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Scenarios and comparisons on the example workspaces, with the outcomes their READMEs describe. */
class WhatIfTest {

    static SafetyModel load(String name) throws Exception {
        Workspace workspace = WorkspaceLoader.load(Path.of("..", "datasets", name));
        return workspace.safetyModel().orElseThrow(() -> new AssertionError(workspace.problemList()));
    }

    private static final RiskControl CUT_OUT = new RiskControl("RC-HW-1", "bimetal thermal cut-out",
            ControlKind.HARDWARE, true, RiskFactor.PROBABILITY, "Remote", null, null);

    @Test
    void scenariosLeaveTheBaselineUntouched() throws Exception {
        SafetyModel pump = load("infusion-pump");
        SafetyModel changed = Scenario.of("no air shut-off", new Change.RemoveControl("RC-HW-04")).applyTo(pump);
        assertTrue(pump.control("RC-HW-04").isPresent());
        assertFalse(changed.control("RC-HW-04").isPresent());
        assertTrue(changed.hazard("HZ-013").orElseThrow().controls().stream().noneMatch("RC-HW-04"::equals));
        assertEquals("L", Classifications.run(pump).hazard("HZ-013").orElseThrow().cell().zone());
        assertEquals("H", Classifications.run(changed).hazard("HZ-013").orElseThrow().cell().zone());
    }

    @Test
    void trainingCutOutMovesTheHeaterFromCToBWithActivitiesDropped() throws Exception {
        SafetyModel humidifier = load("training");
        SafetyModel changed = Scenario.of("cut-out", new Change.AddControl(CUT_OUT, List.of("HZ-1")))
                .applyTo(humidifier);
        Comparison comparison = ClassComparison.compare(humidifier, "cut-out", changed);
        Table table = comparison.table();
        assertEquals(List.of("SYSTEM", "HUM", "HUM-HEAT", "HUM-ALM"), table.stringColumn("item").asList());
        int heater = table.stringColumn("item").indexOf("HUM-HEAT");
        assertEquals("C", table.stringColumn("from").get(heater));
        assertEquals("B", table.stringColumn("to").get(heater));
        assertEquals("", table.stringColumn("activities added").get(heater));
        assertEquals("6: 5.1.4, 5.3.5, 5.4.2, 5.4.3, 5.4.4, 5.5.4", table.stringColumn("activities dropped").get(heater));
        assertTrue(table.stringColumn("because").get(heater).contains("HZ-4"), table.stringColumn("because").get(heater));
        assertEquals(1, comparison.unchanged().get("cut-out"));
    }

    @Test
    void severityLevelsAreResolvedAndUnknownIdsAreErrors() throws Exception {
        SafetyModel humidifier = load("training");
        SafetyModel lower = Scenario.of("s", new Change.SetSeverity("HZ-1", "minor")).applyTo(humidifier);
        assertEquals("Minor", lower.hazard("HZ-1").orElseThrow().severity());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Scenario.of("x", new Change.RemoveControl("RC-NOPE")).applyTo(humidifier));
        assertTrue(unknown.getMessage().contains("no control 'RC-NOPE'"), unknown.getMessage());
        IllegalArgumentException level = assertThrows(IllegalArgumentException.class,
                () -> Scenario.of("x", new Change.SetSeverity("HZ-1", "Deadly")).applyTo(humidifier));
        assertTrue(level.getMessage().contains("Negligible, Minor, Serious, Critical, Catastrophic"), level.getMessage());
    }

    @Test
    void anInvalidScenarioIsReportedWithItsProblems() throws Exception {
        SafetyModel humidifier = load("training");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Scenario.of("bad",
                new Change.AddHazard(Hazard.of("HZ-9", List.of("NOPE"), "Minor", "Remote", List.of())))
                .applyTo(humidifier));
        assertTrue(e.getMessage().contains("NOPE"), e.getMessage());
    }

    @Test
    void removingAnItemReparentsItsChildrenAndDropsItsHazards() throws Exception {
        SafetyModel humidifier = load("training");
        SafetyModel changed = Scenario.of("r", new Change.RemoveItem("HUM-DISP")).applyTo(humidifier);
        assertFalse(changed.item("HUM-DISP").isPresent());
        assertFalse(changed.hazard("HZ-3").isPresent());
        SafetyModel moved = Scenario.of("m", new Change.MoveItem("HUM-ALM", null),
                new Change.AddItem(SoftwareItem.of("HUM-NEW", "new").withParent("HUM"))).applyTo(humidifier);
        assertEquals(null, moved.item("HUM-ALM").orElseThrow().parent());
        assertEquals("HUM", moved.item("HUM-NEW").orElseThrow().parent());
    }

    @Test
    void stricterPolicyRaisesClasses() throws Exception {
        SafetyModel sew = load("diagnostic-support");
        SafetyModel lax = Scenario.of("lax", new Change.SetUnacceptableFrom("U")).applyTo(sew);
        SafetyModel strict = Scenario.of("strict", new Change.SetUnacceptableFrom("A")).applyTo(sew);
        Map<String, SafetyModel> both = new LinkedHashMap<>();
        both.put("lax", lax);
        both.put("strict", strict);
        Comparison comparison = ClassComparison.compare(sew, both, "62304");
        assertEquals(List.of("lax", "strict"), comparison.summary().stringColumn("scenario").asList());
        int rows = comparison.table().rowCount();
        assertEquals(rows, comparison.summary().intColumn("changed").asList().stream().mapToInt(i -> i).sum());
        assertTrue(comparison.toString().contains("unchanged"));
    }

    @Test
    void aBaselineClassifiedBeforehandComparesAsTheModelItself() throws Exception {
        SafetyModel humidifier = load("training");
        Map<String, SafetyModel> scenarios = new LinkedHashMap<>();
        scenarios.put("cut-out", Scenario.of("cut-out", new Change.AddControl(CUT_OUT, List.of("HZ-1")))
                .applyTo(humidifier));
        scenarios.put("strict", Scenario.of("strict", new Change.SetUnacceptableFrom("M")).applyTo(humidifier));
        for (String scheme : List.of("62304", "62304-2006")) {
            Comparison fromModel = ClassComparison.compare(humidifier, scenarios, scheme);
            Comparison fromResult = ClassComparison.compare(
                    org.hazlab.core.classify.registry.Classifications.run(humidifier, scheme), scenarios);
            assertTrue(fromModel.table().rowCount() > 0, scheme);
            assertEquals(fromModel.table().print(), fromResult.table().print(), scheme);
            assertEquals(fromModel.summary().print(), fromResult.summary().print(), scheme);
        }
    }
}
