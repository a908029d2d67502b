package org.hazlab.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A fixed set of values drawn with given relative weights (event types as in real MAUDE data: mostly
 * malfunctions, a few deaths). Values keep the order they were declared in, so the same random stream always
 * picks the same value.
 *
 * @param values  the values, in declaration order
 * @param weights their relative weights, each positive
 */
public record WeightedChoice(List<String> values, List<Double> weights) {

    public WeightedChoice {
        values = List.copyOf(values);
        weights = List.copyOf(weights);
        if (values.isEmpty() || values.size() != weights.size()) {
            throw new IllegalArgumentException("a weighted choice needs one positive weight per value");
        }
        for (double weight : weights) {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weights must be positive numbers: " + weights);
            }
        }
    }

    /** From an insertion-ordered map of value to weight (as Jackson reads a JSON object). */
    public static WeightedChoice of(Map<String, Double> weighted) {
        return new WeightedChoice(new ArrayList<>(weighted.keySet()), new ArrayList<>(weighted.values()));
    }

    /** Equal weights. */
    public static WeightedChoice uniform(List<String> values) {
        return new WeightedChoice(values, values.stream().map(v -> 1.0).toList());
    }

    /** Draws one value; consumes exactly one number from {@code random}. */
    public String pick(SplittableRandom random) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double target = random.nextDouble() * total;
        double running = 0;
        for (int i = 0; i < values.size(); i++) {
            running += weights.get(i);
            if (target < running) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    /** The share of the total weight a value has, 0 when absent. */
    public double share(String value) {
        double total = weights.stream().mapToDouble(Double::doubleValue).sum();
        int index = values.indexOf(value);
        return index < 0 ? 0 : weights.get(index) / total;
    }
}
