package org.hazlab.core.whatif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.classify.SafetyClass;
import org.hazlab.core.model.SafetyModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The incremental kernel must give exactly the classes of the full engine: checked on every single assumption
 * the sensitivity analysis tries and on pairs of them, for every example workspace.
 */
class KernelAgreementTest {

    private static String[] full(SafetyModel model, List<String> ids) {
        Map<String, String> labels = Classifications.run(model).labels();
        return ids.stream().map(labels::get).toArray(String[]::new);
    }

    private static String[] kernel(ClassKernel kernel, List<Change> changes) {
        ClassKernel.State state = kernel.baseline();
        changes.forEach(c -> assertTrue(kernel.apply(c, state), c.describe()));
        byte[] classes = kernel.classify(state);
        String[] out = new String[classes.length];
        for (int i = 0; i < classes.length; i++) {
            out[i] = SafetyClass.values()[classes[i]].name();
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"infusion-pump", "training", "diagnostic-support"})
    void kernelAgreesWithTheEngineOnEverySingleAndPairedAssumption(String name) throws Exception {
        SafetyModel model = WhatIfTest.load(name);
        ClassKernel k = ClassKernel.of(model);
        List<String> ids = new ArrayList<>();
        ids.add(model.system().id());
        ids.addAll(k.itemIds());
        assertArrayEquals(full(model, ids), kernel(k, List.of()));
        List<Assumption> assumptions = Sensitivity.assumptions(model, k);
        assertTrue(assumptions.size() > 10);
        int checked = 0;
        for (int a = 0; a < assumptions.size(); a++) {
            for (int b = a; b < assumptions.size(); b += Math.max(1, assumptions.size() / 7)) {
                List<Change> changes = a == b ? List.of(assumptions.get(a).change())
                        : List.of(assumptions.get(a).change(), assumptions.get(b).change());
                if (a != b && assumptions.get(a).subject().equals(assumptions.get(b).subject())) {
                    continue;
                }
                SafetyModel changed = new Scenario("check", changes).applyTo(model);
                assertArrayEquals(full(changed, ids), kernel(k, changes), changes.toString());
                checked++;
            }
        }
        assertTrue(checked > assumptions.size());
    }

    @Test
    void sensitivityOfTheInfusionPumpNamesTheReadmesWhatIfs() throws Exception {
        SafetyModel pump = WhatIfTest.load("infusion-pump");
        SensitivityResult result = Sensitivity.of(pump);
        var table = result.table();
        var batt = table.where(table.stringColumn("item").isEqualTo("IPC-BATT")
                .and(table.stringColumn("assumption").isEqualTo("segregation")));
        assertEquals(1, batt.rowCount());
        assertEquals("A", batt.stringColumn("becomes").get(0));
        var log = table.where(table.stringColumn("item").isEqualTo("IPC-LOG")
                .and(table.stringColumn("subject").isEqualTo("IPC-LOG")));
        assertEquals("C", log.stringColumn("becomes").get(0));
        assertEquals("up", log.stringColumn("direction").get(0));
        assertTrue(result.assumptions() > 150, "assumptions: " + result.assumptions());
        assertEquals(pump.items().size() + 1, result.summary().rowCount());
    }

    @Test
    void sweepUsesTheKernelAndMatchesTheEngine() throws Exception {
        SafetyModel pump = WhatIfTest.load("infusion-pump");
        Sweep.Dimension airShutOff = new Sweep.Dimension("RC-HW-04", List.of(Sweep.Option.of("present"),
                Sweep.Option.of("removed", new Change.RemoveControl("RC-HW-04"))));
        Sweep.Dimension battery = new Sweep.Dimension("IPC-BATT segregated", List.of(Sweep.Option.of("no"),
                Sweep.Option.of("yes", new Change.Segregation("IPC-BATT", true, "own microcontroller"))));
        Sweep.Dimension severity = new Sweep.Dimension("HZ-002", List.of("Serious", "Critical", "Catastrophic")
                .stream().map(level -> Sweep.Option.of(level, new Change.SetSeverity("HZ-002", level))).toList());
        SweepResult fast = Sweep.run(pump, List.of(airShutOff, battery, severity));
        assertTrue(fast.fast());
        assertEquals(12, fast.table().rowCount());
        SweepResult slow = Sweep.run(pump, List.of(airShutOff, battery, severity, new Sweep.Dimension("item",
                List.of(Sweep.Option.of("as is"), Sweep.Option.of("as is, via engine",
                        new Change.MoveItem("IPC-LOG", pump.item("IPC-LOG").orElseThrow().parent()))))));
        assertTrue(!slow.fast());
        for (int row = 0; row < 12; row++) {
            for (String column : List.of("system", "IPC-BATT", "IPC-LOG", "IPC-AIL", "changed")) {
                assertEquals(fast.table().column(column).getString(row), slow.table().column(column).getString(row * 2 + 1),
                        column + " row " + row);
            }
        }
        SweepResult named = Sweep.run(pump, List.of(new Sweep.Dimension("IPC-BATT", battery.options()),
                new Sweep.Dimension("IPC-BATT", airShutOff.options())));
        assertEquals(List.of("IPC-BATT (assumption)", "IPC-BATT (assumption) (assumption)", "changed", "system"),
                named.table().columnNames().subList(0, 4));
        List<Sweep.Dimension> huge = java.util.Collections.nCopies(21, airShutOff);
        IllegalArgumentException tooBig = org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> Sweep.run(pump, huge));
        assertTrue(tooBig.getMessage().contains("more than 1000000 combinations"), tooBig.getMessage());
        int battYes = fast.table().stringColumn("IPC-BATT segregated").indexOf("yes");
        assertEquals("A", fast.table().stringColumn("IPC-BATT").get(battYes));
    }
}
