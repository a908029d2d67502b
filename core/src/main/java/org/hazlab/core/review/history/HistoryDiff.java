package org.hazlab.core.review.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Class changes between two review records, with the change in reasoning: for each item whose class or decision
 * path differs, the class and "because" before and after and the decision steps that differ. This is the
 * reclassification rationale auditors ask for.
 */
public final class HistoryDiff {

    /**
     * One item's change.
     *
     * @param item          item id
     * @param classBefore   class in the earlier record ("" when the item was not there)
     * @param classAfter    class in the later record ("" when removed)
     * @param becauseBefore reason in the earlier record
     * @param becauseAfter  reason in the later record
     * @param stepsRemoved  decision steps only in the earlier path
     * @param stepsAdded    decision steps only in the later path
     */
    public record Change(String item, String classBefore, String classAfter, String becauseBefore,
                         String becauseAfter, List<String> stepsRemoved, List<String> stepsAdded) {

        public boolean classChanged() {
            return !classBefore.equals(classAfter);
        }
    }

    private HistoryDiff() {
    }

    /** Items whose class or reasoning changed from {@code before} to {@code after}, in the later record's order. */
    public static List<Change> between(JsonNode before, JsonNode after) {
        Map<String, JsonNode> old = byItem(before);
        Map<String, JsonNode> now = byItem(after);
        List<String> ids = new ArrayList<>(now.keySet());
        old.keySet().stream().filter(id -> !now.containsKey(id)).forEach(ids::add);
        List<Change> changes = new ArrayList<>();
        for (String id : ids) {
            JsonNode x = old.get(id);
            JsonNode y = now.get(id);
            String classX = x == null ? "" : x.path("class").asText();
            String classY = y == null ? "" : y.path("class").asText();
            List<String> stepsX = steps(x);
            List<String> stepsY = steps(y);
            if (classX.equals(classY) && stepsX.equals(stepsY)) {
                continue;
            }
            List<String> removed = new ArrayList<>(stepsX);
            removed.removeAll(stepsY);
            List<String> added = new ArrayList<>(stepsY);
            added.removeAll(stepsX);
            changes.add(new Change(id, classX, classY, x == null ? "" : x.path("because").asText(),
                    y == null ? "" : y.path("because").asText(), removed, added));
        }
        return changes;
    }

    private static Map<String, JsonNode> byItem(JsonNode record) {
        Map<String, JsonNode> items = new LinkedHashMap<>();
        for (JsonNode item : record.path("classes")) {
            items.put(item.path("item").asText(), item);
        }
        return items;
    }

    private static List<String> steps(JsonNode item) {
        List<String> steps = new ArrayList<>();
        if (item != null) {
            for (JsonNode step : item.path("path")) {
                steps.add(step.path("step").asText() + ": " + step.path("words").asText());
            }
        }
        return steps;
    }

    /** The changes as plain text, one block per item. */
    public static String render(JsonNode before, JsonNode after, List<Change> changes) {
        StringBuilder text = new StringBuilder();
        text.append("review ").append(before.path("seq").asInt()).append(" (").append(before.path("period").asText())
                .append(", as of ").append(before.path("asOf").asText()).append(") -> review ")
                .append(after.path("seq").asInt()).append(" (").append(after.path("period").asText())
                .append(", as of ").append(after.path("asOf").asText()).append(")\n");
        if (changes.isEmpty()) {
            text.append("no class or reasoning changes\n");
        }
        for (Change change : changes) {
            text.append('\n').append(change.item()).append(": ")
                    .append(change.classBefore().isEmpty() ? "(new)" : change.classBefore()).append(" -> ")
                    .append(change.classAfter().isEmpty() ? "(removed)" : change.classAfter())
                    .append(change.classChanged() ? "" : " (same class, reasoning changed)").append('\n');
            text.append("  before: ").append(change.becauseBefore()).append('\n');
            text.append("  after:  ").append(change.becauseAfter()).append('\n');
            change.stepsRemoved().forEach(step -> text.append("  - ").append(step).append('\n'));
            change.stepsAdded().forEach(step -> text.append("  + ").append(step).append('\n'));
        }
        return text.toString();
    }
}
