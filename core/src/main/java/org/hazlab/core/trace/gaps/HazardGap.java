package org.hazlab.core.trace.gaps;

import java.util.List;

/**
 * A hazard with at least one risk control that no requirement implements.
 *
 * @param hazard         hazard id
 * @param title          hazard title
 * @param notImplemented the controls without a requirement
 */
public record HazardGap(String hazard, String title, List<String> notImplemented) {

    public HazardGap {
        notImplemented = List.copyOf(notImplemented);
    }
}
