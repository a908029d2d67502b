package org.hazlab.core.trace.gaps;

import java.util.List;
import org.hazlab.core.classify.SafetyClass;

/**
 * One Table A.1 activity an item's class requires, and its evidence.
 *
 * @param item      item id
 * @param itemClass the item's IEC 62304 class
 * @param clause    the clause
 * @param title     the clause title
 * @param state     evidenced, incomplete or missing
 * @param evidence  the evidence references found (item's own and the system's)
 */
public record ItemActivity(String item, SafetyClass itemClass, String clause, String title, ActivityState state,
                           List<String> evidence) {

    public ItemActivity {
        evidence = List.copyOf(evidence);
    }
}
