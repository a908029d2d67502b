package org.hazlab.core.trace;

import java.util.List;
import org.hazlab.core.model.Origin;

/**
 * A software requirement and what it traces to: the items that implement it and the risk controls it implements
 * (IEC 62304 5.2.3 asks that risk control measures implemented in software be software requirements).
 *
 * @param id       unique id
 * @param text     what the software shall do
 * @param items    implementing item ids
 * @param controls implemented risk control ids
 * @param origin   where the row was read
 */
public record Requirement(String id, String text, List<String> items, List<String> controls, Origin origin) {

    public Requirement {
        text = text == null ? "" : text;
        items = List.copyOf(items);
        controls = List.copyOf(controls);
        origin = origin == null ? Origin.UNKNOWN : origin;
    }
}
