package org.hazlab.core.problem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The names closest to one a user mistyped, closest first, for "did you mean" in every message that rejects a
 * name or an id (an unknown variable, method, item, hazard or control). Why one place: a message that lists the
 * first dozen of 24 ids in file order hides the one the user meant ({@code IPC-BAT} -> {@code IPC-BATT}); ranking
 * by edit distance (case-insensitive, with a bonus for a shared prefix) puts it first everywhere.
 */
public final class ClosestNames {

    private ClosestNames() {
    }

    /** Up to {@code max} candidates close enough to {@code typed} to be a likely typo, closest first. */
    public static List<String> of(String typed, Collection<String> candidates, int max) {
        String key = typed.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, key.length() / 3);
        List<Scored> scored = new ArrayList<>();
        for (String candidate : new LinkedHashSet<>(candidates)) {
            if (candidate.equals(typed)) {
                continue;
            }
            String lower = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(key, lower);
            boolean prefix = key.length() >= 3 && lower.startsWith(key);
            if (distance <= limit || prefix) {
                scored.add(new Scored(candidate, prefix ? Math.min(distance, limit) - 1 : distance));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
        return scored.stream().limit(max).map(Scored::name).toList();
    }

    /**
     * All candidates ordered closest first (for "known: ..." lists that show only the first few), the close ones
     * first and the rest in their given order.
     */
    public static List<String> ordered(String typed, Collection<String> candidates) {
        List<String> close = of(typed, candidates, Integer.MAX_VALUE);
        List<String> all = new ArrayList<>(close);
        candidates.stream().filter(c -> !close.contains(c)).forEach(all::add);
        return all;
    }

    /** {@code "; did you mean a, b?"} or empty when nothing is close. */
    public static String didYouMean(String typed, Collection<String> candidates) {
        List<String> close = of(typed, candidates, 3);
        return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
    }

    /** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private record Scored(String name, int score) {
    }
}
