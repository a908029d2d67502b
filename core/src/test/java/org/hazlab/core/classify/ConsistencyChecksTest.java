package org.hazlab.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hazlab.core.classify.checks.ConsistencyChecks;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.Origin;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ConsistencyChecksTest {

    private static Map<String, List<Problem>> byCode(SafetyModel model) {
        return ConsistencyChecks.run(model).stream().collect(Collectors.groupingBy(Problem::code));
    }

    private static SoftwareItem recorded(String id, String parent, String recordedClass) {
        return new SoftwareItem(id, id, parent, "", false, "", "", recordedClass, "", Origin.UNKNOWN);
    }

    @Test
    void cleanModelHasNoFindings() {
        SafetyModel model = TestModels.model().item("I1").hazard("H1", "Minor", List.of("I1")).build();
        assertEquals(Map.of(), byCode(model));
    }

    @Test
    void externalControlImplementedInSoftware() {
        SafetyModel model = TestModels.model().item("I1").item("WD")
                .control("RC1", ControlKind.HARDWARE, true, RiskFactor.PROBABILITY, "Improbable", "WD")
                .hazard("H1", "Catastrophic", List.of("I1"), "RC1").build();
        Problem p = byCode(model).get("external-control-in-software").get(0);
        assertEquals("controls.csv:2", p.location().toString());
        assertEquals(List.of("items.csv:3", "hazards.csv:2"), p.related().stream().map(SourceLocation::toString).toList());
        assertEquals("C", Classifications.run(model).item("I1").orElseThrow().label());
    }

    @Test
    void controlThatMitigatesNothing() {
        SafetyModel model = TestModels.model().item("I1").hardware("HW", RiskFactor.PROBABILITY, "Remote")
                .hazard("H1", "Minor", List.of("I1")).build();
        assertEquals("control 'HW' is not applied to any hazard",
                byCode(model).get("control-mitigates-nothing").get(0).message());
    }

    @Test
    void recordedClassBelowComputed() {
        SafetyModel model = TestModels.model().add(recorded("I1", null, "A"))
                .hazard("H1", "Serious", List.of("I1")).build();
        Problem p = byCode(model).get("recorded-class-below-computed").get(0);
        assertTrue(p.message().startsWith("item 'I1' is recorded as class A but the classification gives C"));
        SafetyModel higher = TestModels.model().add(recorded("I1", null, "C"))
                .hazard("H1", "Minor", List.of("I1")).build();
        assertEquals(null, byCode(higher).get("recorded-class-below-computed"));
    }

    @Test
    void recordedBelowParentWithoutSegregationRationale() {
        SafetyModel model = TestModels.model().add(recorded("P", null, "C")).add(recorded("Q", "P", "A"))
                .hazard("H1", "Serious", List.of("P")).build();
        Problem p = byCode(model).get("implicit-segregation-without-rationale").get(0);
        assertEquals("item 'Q' is recorded as class A, below its parent 'P' (class C), without a segregation "
                + "rationale", p.message());
    }

    @Test
    void hazardWithoutEstimate() {
        SafetyModel model = TestModels.model().item("I1").hazard("H1", null, List.of("I1")).build();
        assertEquals("hazard 'H1' has no severity", byCode(model).get("hazard-without-estimate").get(0).message());
    }

    @Test
    void classRestingOnOneExternalControl() {
        SafetyModel model = TestModels.model().item("I1").hardware("HW", RiskFactor.PROBABILITY, "Improbable")
                .hazard("H1", "Catastrophic", List.of("I1"), "HW").build();
        List<Problem> found = byCode(model).get("class-rests-on-one-control");
        assertEquals(2, found.size());
        assertEquals("item 'I1' class A rests on the single external control 'HW': without it, hazard H1 would make "
                + "it class C", found.get(1).message());
        SafetyModel twoControls = TestModels.model().item("I1").hardware("HW", RiskFactor.PROBABILITY, "Improbable")
                .control("NURSE", ControlKind.HUMAN, true, RiskFactor.PROBABILITY, "Improbable", null)
                .hazard("H1", "Catastrophic", List.of("I1"), "HW", "NURSE").build();
        assertEquals(null, byCode(twoControls).get("class-rests-on-one-control"));
    }

    @Test
    void findingsAsTable() {
        SafetyModel model = TestModels.model().item("I1").hazard("H1", null, List.of("I1")).build();
        Table table = ConsistencyChecks.table(ConsistencyChecks.run(model));
        assertEquals(List.of("code", "location", "message", "related"), table.columnNames());
        assertEquals("hazard-without-estimate", table.stringColumn("code").get(0));
    }
}
