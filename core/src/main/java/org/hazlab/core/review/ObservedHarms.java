package org.hazlab.core.review;

import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.policy.HarmCategory;

/**
 * The harm each report of a store shows ({@link EventOfInterest#observedHarm}), with each distinct outcome text
 * judged once: the review asks for every report, two or three times, and trimming and upper-casing the outcome of
 * every injury report cost 0.15 s of CPU on a million reports. Immutable, so the review's threads may share it.
 */
final class ObservedHarms {

    private final IncidentStore store;
    /** Per code of the store: the harm of an injury report whose outcome is that code's text. */
    private final HarmCategory[] injuryHarmOfCode;

    ObservedHarms(IncidentStore store) {
        this.store = store;
        injuryHarmOfCode = new HarmCategory[store.codeCount()];
        for (int code = 0; code < injuryHarmOfCode.length; code++) {
            injuryHarmOfCode[code] = EventOfInterest.injuryHarm(store.codeText(code));
        }
    }

    HarmCategory of(int row) {
        EventType type = store.eventType(row);
        return type == EventType.DEATH ? HarmCategory.DEATH
                : type == EventType.INJURY ? injuryHarmOfCode[store.outcomeId(row)] : HarmCategory.NO_INJURY;
    }
}
