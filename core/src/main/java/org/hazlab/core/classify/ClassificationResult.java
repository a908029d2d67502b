package org.hazlab.core.classify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hazlab.core.policy.ClassificationOptions;
import org.hazlab.core.problem.Problem;

/**
 * The outcome of one scheme on one model: a row for the system and one per item (depth first, in definition
 * order), the per-hazard judgements the 62304 schemes made (empty for device-level schemes), and warnings such
 * as "class C applies until a class is assigned".
 *
 * @param schemeId   the scheme's id ("62304", "imdrf", ...)
 * @param schemeName the scheme's display name
 * @param system     the system row
 * @param items      one row per software item, depth first
 * @param hazards    per-hazard judgements, in hazard-log order
 * @param warnings   warnings raised while classifying
 * @param options    the classification options in force (IEC 62304 A1), or null for schemes that have none
 */
public record ClassificationResult(String schemeId, String schemeName, ItemClassification system,
                                   List<ItemClassification> items, List<HazardJudgement> hazards,
                                   List<Problem> warnings, ClassificationOptions options) {

    /** A result of a scheme without options. */
    public ClassificationResult(String schemeId, String schemeName, ItemClassification system,
                                List<ItemClassification> items, List<HazardJudgement> hazards,
                                List<Problem> warnings) {
        this(schemeId, schemeName, system, items, hazards, warnings, null);
    }

    /** The options in force, when the scheme has any. */
    public Optional<ClassificationOptions> optionsInForce() {
        return Optional.ofNullable(options);
    }

    /** The rows (system first) whose class the two harm readings disagree on. */
    public List<ItemClassification> contested() {
        return rows().stream().filter(row -> row.contested() != null).toList();
    }

    public ClassificationResult {
        items = List.copyOf(items);
        hazards = List.copyOf(hazards);
        warnings = List.copyOf(warnings);
    }

    /** The system row followed by the item rows. */
    public List<ItemClassification> rows() {
        List<ItemClassification> rows = new java.util.ArrayList<>(items.size() + 1);
        rows.add(system);
        rows.addAll(items);
        return rows;
    }

    /** The row of an item, or the system row when {@code id} is the system's id. */
    public Optional<ItemClassification> item(String id) {
        if (system.id().equals(id)) {
            return Optional.of(system);
        }
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    public Optional<HazardJudgement> hazard(String id) {
        return hazards.stream().filter(h -> h.hazardId().equals(id)).findFirst();
    }

    /** Item id to label, for quick comparisons (system included). */
    public Map<String, String> labels() {
        return rows().stream().collect(Collectors.toMap(ItemClassification::id, ItemClassification::label,
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** Item id to row, system included. */
    public Map<String, ItemClassification> byId() {
        return rows().stream().collect(Collectors.toMap(ItemClassification::id, Function.identity(),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
