package org.hazlab.core.classify;

import java.util.Locale;
import java.util.Optional;

/**
 * IEC 62304 software safety class. The declaration order is the order of rigour (A lowest, C highest), so
 * {@link #max} and {@code compareTo} answer "which class demands more".
 */
public enum SafetyClass {
    /** No injury or damage to health is possible. */
    A,
    /** Non-serious injury is possible. */
    B,
    /** Death or serious injury is possible. */
    C;

    /** The more demanding of two classes. */
    public static SafetyClass max(SafetyClass first, SafetyClass second) {
        return first.compareTo(second) >= 0 ? first : second;
    }

    /** True when this class demands strictly less than the other. */
    public boolean lowerThan(SafetyClass other) {
        return compareTo(other) < 0;
    }

    /** One step lower (C to B, B to A); A stays A. */
    public SafetyClass oneStepLower() {
        return this == A ? A : values()[ordinal() - 1];
    }

    /** Parses "A", "b", " class C " and the like; anything else is empty, never guessed. */
    public static Optional<SafetyClass> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.strip().toUpperCase(Locale.ROOT);
        if (key.startsWith("CLASS ")) {
            key = key.substring(6).strip();
        }
        return switch (key) {
            case "A" -> Optional.of(A);
            case "B" -> Optional.of(B);
            case "C" -> Optional.of(C);
            default -> Optional.empty();
        };
    }
}
