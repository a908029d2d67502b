package org.hazlab.core.whatif;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.hazlab.core.classify.SafetyClass;
import org.hazlab.core.classify.registry.Classifications;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.Origin;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.policy.ClassificationOptions;
import org.hazlab.core.policy.ClassificationOptions.HarmReading;
import org.hazlab.core.policy.RiskPolicies;
import org.hazlab.core.policy.RiskPolicy;
import org.junit.jupiter.api.Test;

/**
 * The kernel equals the engine on random models where several controls of every kind combine on one hazard
 * (levels and numbers of levels mixed, some without effect, some internal or implemented by an item), under both
 * harm readings and both labelling options, for the baseline and for random single and paired changes.
 */
class KernelRandomAgreementTest {

    private static final String[] SEVERITIES = {"Negligible", "Minor", "Serious", "Critical", "Catastrophic"};
    private static final String[] PROBABILITIES = {"Improbable", "Remote", "Occasional", "Probable", "Frequent"};
    private static final ControlKind[] KINDS = ControlKind.values();

    @Test
    void kernelEqualsEngineOnRandomModelsWithCombinedControlsAndBothOptions() throws Exception {
        SplittableRandom random = new SplittableRandom(62304);
        int variants = 0;
        int contested = 0;
        for (int m = 0; m < 160; m++) {
            ClassificationOptions options = new ClassificationOptions(
                    random.nextBoolean() ? HarmReading.AFTER_CONTROLS : HarmReading.BEFORE_CONTROLS,
                    random.nextBoolean());
            SafetyModel model = randomModel(random, RiskPolicies.defaultPolicy().withClassification(options));
            ClassKernel kernel = ClassKernel.of(model);
            List<String> ids = new ArrayList<>();
            ids.add(model.system().id());
            ids.addAll(kernel.itemIds());
            assertArrayEquals(full(model, ids), kernel(kernel, List.of()), "baseline of model " + m);
            var result = Classifications.run(model);
            contested += result.contested().size();
            String[] base = kernel(kernel, List.of());
            String[] other = kernel(kernel, List.of(new Change.SetHarmReading(options.harm().other())));
            for (int i = 0; i < ids.size(); i++) {
                var row = result.item(ids.get(i)).orElseThrow();
                assertEquals(!base[i].equals(other[i]), row.contested() != null, "contested " + ids.get(i));
                if (row.contested() != null) {
                    assertEquals(other[i], row.contested().label());
                }
            }
            List<Assumption> assumptions = Sensitivity.assumptions(model, kernel);
            for (int v = 0; v < 40; v++) {
                List<Change> changes = new ArrayList<>();
                Assumption first = assumptions.get(random.nextInt(assumptions.size()));
                changes.add(first.change());
                Assumption second = assumptions.get(random.nextInt(assumptions.size()));
                if (random.nextBoolean() && !second.subject().equals(first.subject())) {
                    changes.add(second.change());
                }
                if (!ClassKernel.supportsAll(changes)) {
                    continue;
                }
                SafetyModel changed = new Scenario("random", changes).applyTo(model);
                assertArrayEquals(full(changed, ids), kernel(kernel, changes), "model " + m + " " + changes);
                variants++;
            }
        }
        assertTrue(variants > 5000, "variants checked: " + variants);
        assertTrue(contested > 0, "some random items are contested between the two harm readings");
    }

    private static SafetyModel randomModel(SplittableRandom random, RiskPolicy policy) throws Exception {
        SafetyModel.Builder builder = SafetyModel.builder(policy);
        int items = 2 + random.nextInt(6);
        List<String> itemIds = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            String id = "I" + i;
            String parent = i == 0 || random.nextInt(3) == 0 ? null : itemIds.get(random.nextInt(itemIds.size()));
            boolean segregated = random.nextInt(4) == 0;
            SoftwareItem item = SoftwareItem.of(id, id).withParent(parent)
                    .withSegregation(segregated, segregated ? "separate partition" : "");
            builder.item(item);
            itemIds.add(id);
        }
        int controls = random.nextInt(6);
        List<String> controlIds = new ArrayList<>();
        for (int c = 0; c < controls; c++) {
            String id = "RC" + c;
            ControlKind kind = KINDS[random.nextInt(KINDS.length)];
            RiskFactor factor = random.nextInt(6) == 0 ? null
                    : random.nextBoolean() ? RiskFactor.SEVERITY : RiskFactor.PROBABILITY;
            String to = null;
            int by = 0;
            if (factor != null) {
                if (random.nextBoolean()) {
                    to = (factor == RiskFactor.SEVERITY ? SEVERITIES : PROBABILITIES)[random.nextInt(5)];
                } else {
                    by = 1 + random.nextInt(3);
                }
            }
            String implementedBy = kind == ControlKind.SOFTWARE && random.nextBoolean()
                    ? itemIds.get(random.nextInt(itemIds.size())) : null;
            boolean external = kind != ControlKind.SOFTWARE && random.nextInt(5) != 0;
            builder.control(new RiskControl(id, "", kind, external, factor, to, by, implementedBy, Origin.UNKNOWN));
            controlIds.add(id);
        }
        int hazards = 1 + random.nextInt(4);
        for (int h = 0; h < hazards; h++) {
            List<String> named = new ArrayList<>();
            for (String id : itemIds) {
                if (random.nextInt(3) == 0) {
                    named.add(id);
                }
            }
            List<String> used = new ArrayList<>();
            for (String id : controlIds) {
                if (random.nextInt(2) == 0) {
                    used.add(id);
                }
            }
            String severity = random.nextInt(8) == 0 ? "" : SEVERITIES[random.nextInt(5)];
            builder.hazard(new Hazard("H" + h, "", named, "", "", severity, PROBABILITIES[random.nextInt(5)], used,
                    "", Origin.UNKNOWN));
        }
        return builder.build().orThrow();
    }

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
}
