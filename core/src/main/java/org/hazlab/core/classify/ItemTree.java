package org.hazlab.core.classify;

import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.model.SoftwareItem;

/**
 * The order every result lists items in: depth first, children after their parent, siblings in definition order,
 * so that tables and trees read top down and the output is the same for the same model.
 */
public final class ItemTree {

    /** An item and its depth (1 for top-level items). */
    public record Node(SoftwareItem item, int depth) {
    }

    private ItemTree() {
    }

    public static List<Node> preorder(SafetyModel model) {
        List<Node> out = new ArrayList<>(model.items().size());
        for (SoftwareItem top : model.topLevelItems()) {
            collect(model, top, 1, out);
        }
        return out;
    }

    private static void collect(SafetyModel model, SoftwareItem item, int depth, List<Node> out) {
        out.add(new Node(item, depth));
        for (SoftwareItem child : model.children(item.id())) {
            collect(model, child, depth + 1, out);
        }
    }
}
