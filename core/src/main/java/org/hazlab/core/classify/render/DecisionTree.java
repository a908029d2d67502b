package org.hazlab.core.classify.render;

import java.util.List;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.ItemClassification;

/**
 * The decision paths as a plain-words tree a trainer can read aloud: one heading line per item, indented by its
 * place in the hierarchy, then one numbered sentence per step and the "because" line.
 */
public final class DecisionTree {

    private DecisionTree() {
    }

    public static String render(ClassificationResult result) {
        StringBuilder out = new StringBuilder();
        out.append(result.schemeName()).append('\n');
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
