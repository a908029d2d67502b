package org.hazlab.core.classify.render;

import java.util.List;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.ItemClassification;

/**
 * The decision paths as a plain-words tree a trainer can read aloud: one heading line per item, indented by its
 * place in the hierarchy, then one numbered sentence per step and the "because" line; the options in force head
 * the tree, and a contested item also gets the path under the other harm reading.
 */
public final class DecisionTree {

    private DecisionTree() {
    }

    public static String render(ClassificationResult result) {
        StringBuilder out = new StringBuilder();
        out.append(result.schemeName()).append('\n');
        result.optionsInForce().ifPresent(o -> out.append("Options: ").append(o.words()).append('\n'));
        for (ItemClassification row : result.rows()) {
            append(out, row);
        }
        return out.toString();
    }

    /** One item's path only. */
    public static String render(ItemClassification row) {
        StringBuilder out = new StringBuilder();
        append(out, row);
        return out.toString();
    }

    private static void append(StringBuilder out, ItemClassification row) {
        String indent = "  ".repeat(row.depth());
        out.append(indent).append(row.system() ? "The software system " : "Item ").append(row.id());
        if (!row.name().equals(row.id())) {
            out.append(" (").append(row.name()).append(')');
        }
        out.append(" is ").append(words(row)).append(".\n");
        List<DecisionStep> steps = row.path().steps();
        for (int i = 0; i < steps.size(); i++) {
            out.append(indent).append("    ").append(i + 1).append(". ").append(steps.get(i).words()).append('\n');
        }
        out.append(indent).append("    So: ").append(row.because()).append(".\n");
        row.contestedBy().ifPresent(other -> {
            out.append(indent).append("    Contested: judged ").append(other.reading().key()).append(", ")
                    .append(row.id()).append(" would be class ").append(other.label()).append(":\n");
            List<DecisionStep> alt = other.path().steps();
            for (int i = 0; i < alt.size(); i++) {
                out.append(indent).append("      ").append(i + 1).append(". ").append(alt.get(i).words()).append('\n');
            }
            out.append(indent).append("      So: ").append(other.path().because()).append(".\n");
        });
    }

    private static String words(ItemClassification row) {
        String label = row.label();
        return switch (label) {
            case "undetermined" -> "undetermined";
            case "A", "B", "C" -> "class " + label;
            default -> label;
        };
    }
}
