package org.hazlab.core.trace.impact;

import java.util.List;
import org.hazlab.core.classify.activities.Activity;

/**
 * An item whose IEC 62304 class differs between two versions (or that was added or removed), with the reason
 * before and after and the Table A.1 activities the change adds and drops.
 *
 * @param item          item id
 * @param before        class before, or "(new)" for an added item
 * @param after         class after, or "(removed)"
 * @param becauseBefore the one-line reason before (empty for an added item)
 * @param becauseAfter  the one-line reason after (empty for a removed item)
 * @param added         activities now required that were not
 * @param dropped       activities no longer required
 */
public record ClassChange(String item, String before, String after, String becauseBefore, String becauseAfter,
                          List<Activity> added, List<Activity> dropped) {

    public ClassChange {
        added = List.copyOf(added);
        dropped = List.copyOf(dropped);
    }
}
