package org.hazlab.core.review.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Observed and expected counts for every (var1, var2) pair in a list of reports, as openEBGM's
 * {@code processRaw} makes them: N = reports of the pair, E = n(var1) n(var2) / n, RR = N/E and PRR from the
 * pair's 2x2 table. The input of EBGM and of per-pair disproportionality screens (hazard x event type, product
 * code x problem code).
 */
public final class PairCounts {

    /**
     * One pair.
     *
     * @param var1  first variable (hazard, product code)
     * @param var2  second variable (event type, problem code)
     * @param n     observed reports of the pair
     * @param e     expected reports under independence
     * @param table the pair's 2x2 table
     */
    public record Pair(String var1, String var2, long n, double e, TwoByTwo table) {

        public double rr() {
            return n / e;
        }

        public double prr() {
            return table.prr();
        }
    }

    private PairCounts() {
    }

    /** Pairs from parallel lists of values (one element per report), sorted by var1 then var2. */
    public static List<Pair> of(List<String> var1, List<String> var2) {
        if (var1.size() != var2.size()) {
            throw new IllegalArgumentException("var1 and var2 need one value per report");
        }
        Map<String, Long> first = new TreeMap<>();
        Map<String, Long> second = new TreeMap<>();
        Map<String, Map<String, Long>> pairs = new TreeMap<>();
        for (int i = 0; i < var1.size(); i++) {
            first.merge(var1.get(i), 1L, Long::sum);
            second.merge(var2.get(i), 1L, Long::sum);
            pairs.computeIfAbsent(var1.get(i), k -> new TreeMap<>()).merge(var2.get(i), 1L, Long::sum);
        }
        return of(pairs, first, second, var1.size());
    }

    /** Pairs from pair counts and margins over {@code total} reports. */
    public static List<Pair> of(Map<String, Map<String, Long>> pairs, Map<String, Long> first,
                                Map<String, Long> second, long total) {
        List<Pair> result = new ArrayList<>();
        for (var row : pairs.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                long a = cell.getValue();
                long rowTotal = first.get(row.getKey());
                long colTotal = second.get(cell.getKey());
                TwoByTwo table = new TwoByTwo(a, rowTotal - a, colTotal - a, total - rowTotal - colTotal + a);
                result.add(new Pair(row.getKey(), cell.getKey(), a, (double) rowTotal * colTotal / total, table));
            }
        }
        return result;
    }
}
