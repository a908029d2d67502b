package org.hazlab.core.incidents;

import java.util.Locale;
import java.util.Optional;

/**
 * The kind of event a report describes, normalised across sources (MAUDE codes, openFDA words, Health Canada
 * severity codes, hazlab's own words), because trend and harm comparisons must count the same thing whatever
 * the file was.
 */
public enum EventType {
    DEATH("death"), INJURY("injury"), MALFUNCTION("malfunction"), OTHER("other"), NO_ANSWER("no-answer");

    private static final EventType[] BY_ORDINAL = values();

    private final String word;

    EventType(String word) {
        this.word = word;
    }

    /** The spelling used in hazlab tables and reports. */
    public String word() {
        return word;
    }

    /** The type with an ordinal, without copying {@code values()} (called per row on hot paths). */
    public static EventType ofOrdinal(int ordinal) {
        return BY_ORDINAL[ordinal];
    }

    /** Death or (serious) injury: MAUDE and openFDA injury reports are serious injuries by definition. */
    public boolean isHarm() {
        return this == DEATH || this == INJURY;
    }

    /**
     * Reads any known spelling: hazlab words, MAUDE codes ({@code D}, {@code IN}, {@code IL}, {@code IJ}, {@code M},
     * {@code O}, {@code *}), openFDA words and Health Canada severity codes. Empty means no answer.
     */
    public static Optional<EventType> parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (t) {
            case "death", "d", "died" -> DEATH;
            case "injury", "in", "il", "ij", "serious injury" -> INJURY;
            case "malfunction", "m", "potential for death/injury" -> MALFUNCTION;
            case "other", "o", "minimal/no adverse health consequences" -> OTHER;
            case "no-answer", "*", "", "no answer provided", "unknown", "unassigned", "no answer" -> NO_ANSWER;
            default -> null;
        });
    }
}
