package org.hazlab.core.classify.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hazlab.core.model.ControlKind;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.RiskControl;
import org.hazlab.core.model.RiskFactor;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;
import org.hazlab.core.policy.RiskPolicies;
import org.hazlab.core.policy.RiskPolicy;

/**
 * A reproducible synthetic model of a given size for benchmarks: items in a three-level hierarchy (some
 * segregated, some declared non-contributing), hazards naming one or two items with random severities, and
 * controls of every kind (software ones implemented by an item). A fixed seed gives the same model every run.
 */
public final class SyntheticModels {

    private static final String[] SEVERITIES = {"Negligible", "Minor", "Serious", "Critical", "Catastrophic"};
    private static final String[] PROBABILITIES = {"Improbable", "Remote", "Occasional", "Probable", "Frequent"};
    private static final ControlKind[] KINDS = ControlKind.values();

    private SyntheticModels() {
    }

    public static SafetyModel of(int itemCount, int hazardCount, int controlCount, long seed) {
        Random random = new Random(seed);
        RiskPolicy policy = RiskPolicies.defaultPolicy();
        SafetyModel.Builder builder = SafetyModel.builder(policy);
        List<String> itemIds = new ArrayList<>(itemCount);
        for (int i = 0; i < itemCount; i++) {
            String id = "SI-" + i;
            String parent = i < 10 ? null : i < 100 ? "SI-" + (i % 10) : "SI-" + (10 + i % 90);
            SoftwareItem item = SoftwareItem.of(id, "item " + i).withParent(parent);
            if (random.nextInt(10) == 0) {
                item = item.withSegregation(parent != null, parent != null ? "separate partition" : "");
            }
            if (random.nextInt(20) == 0) {
                item = item.withNoContributionRationale("display only");
            }
            builder.item(item);
            itemIds.add(id);
        }
        List<String> controlIds = new ArrayList<>(controlCount);
        for (int c = 0; c < controlCount; c++) {
            ControlKind kind = KINDS[random.nextInt(KINDS.length)];
            boolean software = kind == ControlKind.SOFTWARE;
            RiskFactor factor = random.nextInt(4) == 0 ? RiskFactor.SEVERITY : RiskFactor.PROBABILITY;
            String to = factor == RiskFactor.SEVERITY ? SEVERITIES[random.nextInt(3)] : PROBABILITIES[random.nextInt(3)];
            String id = "RC-" + c;
            builder.control(new RiskControl(id, "control " + c, kind, !software, factor, to,
                    software ? itemIds.get(random.nextInt(itemCount)) : null, null));
            controlIds.add(id);
        }
        for (int h = 0; h < hazardCount; h++) {
            List<String> items = new ArrayList<>(2);
            items.add(itemIds.get(random.nextInt(itemCount)));
            if (random.nextBoolean()) {
                String second = itemIds.get(random.nextInt(itemCount));
                if (!items.contains(second)) {
                    items.add(second);
                }
            }
            List<String> controls = new ArrayList<>(3);
            for (int k = random.nextInt(4); k > 0; k--) {
                String control = controlIds.get(random.nextInt(controlCount));
                if (!controls.contains(control)) {
                    controls.add(control);
                }
            }
            builder.hazard(Hazard.of("HZ-" + h, items, SEVERITIES[random.nextInt(SEVERITIES.length)],
                    PROBABILITIES[random.nextInt(PROBABILITIES.length)], controls));
        }
        return builder.build().modelIfValid()
                .orElseThrow(() -> new IllegalStateException("synthetic model is invalid"));
    }
}
