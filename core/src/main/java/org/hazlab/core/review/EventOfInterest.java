package org.hazlab.core.review;

import java.util.Locale;
import java.util.Set;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.policy.HarmCategory;

/**
 * The event of the disproportionality 2x2 table (a = reports of the hazard with this event): a choice, named in
 * every table and report, because "death" and "any injury" answer different questions. A report's seriousness
 * comes from its event type and MAUDE-style patient outcome: an injury report whose outcome is life-threatening,
 * hospitalisation, disability, required intervention or congenital anomaly (or not stated: a mandatory MAUDE
 * injury report is a serious injury by definition, 21 CFR 803.3) is a serious injury; an injury whose outcome is
 * only "other" is counted as an injury not known to be serious.
 */
public enum EventOfInterest {
    DEATH("death", "death"),
    DEATH_OR_SERIOUS_INJURY("death-or-serious-injury", "death or serious injury"),
    ANY_INJURY("any-injury", "death or any injury");

    private static final Set<String> SERIOUS_OUTCOMES = Set.of("LIFE THREATENING", "HOSPITALIZATION",
            "HOSPITALISATION", "DISABILITY", "REQUIRED INTERVENTION", "CONGENITAL ANOMALY", "L", "H", "S", "R", "C");

    private final String key;
    private final String words;

    EventOfInterest(String key, String words) {
        this.key = key;
        this.words = words;
    }

    public String key() {
        return key;
    }

    /** Plain words for table titles and reports ("death or serious injury"). */
    public String words() {
        return words;
    }

    /** Whether the report at {@code row} is an event of interest. */
    public boolean matches(IncidentStore store, int row) {
        return includes(observedHarm(store, row));
    }

    /** Whether a report that shows {@code harm} is an event of interest. */
    public boolean includes(HarmCategory harm) {
        return switch (this) {
            case DEATH -> harm == HarmCategory.DEATH;
            case DEATH_OR_SERIOUS_INJURY -> harm == HarmCategory.DEATH || harm == HarmCategory.SERIOUS_INJURY;
            case ANY_INJURY -> harm != HarmCategory.NO_INJURY;
        };
    }

    /** The harm category a report shows: death, serious injury, non-serious injury, or no injury. */
    public static HarmCategory observedHarm(IncidentStore store, int row) {
        EventType type = store.eventType(row);
        return type == EventType.DEATH ? HarmCategory.DEATH
                : type == EventType.INJURY ? injuryHarm(store.outcome(row)) : HarmCategory.NO_INJURY;
    }

    /** The harm an injury report with this patient outcome shows: serious unless the outcome says otherwise. */
    static HarmCategory injuryHarm(String outcome) {
        String text = outcome == null ? "" : outcome.strip().toUpperCase(Locale.ROOT);
        return text.isEmpty() || SERIOUS_OUTCOMES.contains(text) ? HarmCategory.SERIOUS_INJURY
                : HarmCategory.NON_SERIOUS_INJURY;
    }

    /** Reads a key ("death", "death-or-serious-injury", "any-injury"); unknown text is an error naming them. */
    public static EventOfInterest parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (EventOfInterest event : values()) {
            if (event.key.equals(wanted)) {
                return event;
            }
        }
        throw new IllegalArgumentException("unknown event of interest '" + text
                + "'; known: death, death-or-serious-injury, any-injury");
    }
}
