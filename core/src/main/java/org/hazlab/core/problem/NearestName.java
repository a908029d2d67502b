package org.hazlab.core.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The "did you mean" of a located problem: among known names, the one closest to a misspelt name (edit distance
 * of at most two, case ignored). One place so that every dangling reference suggests the same way.
 */
public final class NearestName {

    private static final int MAX_DISTANCE = 2;

    private NearestName() {
    }

    /** The known name closest to {@code name}, when it is close enough to suggest; ties go to the first sorted. */
    public static Optional<String> closest(String name, Collection<String> known) {
        String key = name.toLowerCase(Locale.ROOT);
        return known.stream()
                .filter(candidate -> distance(candidate.toLowerCase(Locale.ROOT), key) <= MAX_DISTANCE)
                .sorted()
                .min(Comparator.comparingInt(candidate -> distance(candidate.toLowerCase(Locale.ROOT), key)));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
