package org.hazlab.core.classify.iec62304;

import java.util.List;

/** Lists identifiers in a sentence without flooding it: "H1, H2, H3 and 12 more". */
final class IdList {

    private static final int SHOWN = 5;

    private IdList() {
    }

    static String words(List<String> ids) {
        if (ids.size() <= SHOWN) {
            return String.join(", ", ids);
        }
        return String.join(", ", ids.subList(0, SHOWN)) + " and " + (ids.size() - SHOWN) + " more";
    }
}
