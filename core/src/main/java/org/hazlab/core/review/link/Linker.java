package org.hazlab.core.review.link;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.hazlab.core.incidents.ImportProgress;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.TextColumn;

/**
 * Applies {@link LinkRules} to an {@link IncidentStore}: explicit ids and code rules by interned code (each
 * distinct cell value is resolved once), all keyword rules at once through one {@link KeywordMatcher} pass over
 * the narrative bytes, regular expressions only when declared (they need decoded text).
 */
public final class Linker {

    private Linker() {
    }

    public static Links link(IncidentStore store, LinkRules rules) {
        return link(store, rules, ImportProgress.NONE);
    }

    /**
     * The same, telling {@code progress} how many narrative bytes have been searched (label
     * {@link #PROGRESS_LABEL}): on twenty million reports the search takes tens of seconds.
     */
    public static Links link(IncidentStore store, LinkRules rules, ImportProgress progress) {
        // hazard index space: every hazard a rule or an explicit id names
        TreeSet<String> names = new TreeSet<>();
        rules.rules().forEach(rule -> names.add(rule.hazard()));
        boolean[] seenList = new boolean[store.codeCount()];
        if (rules.explicitIds()) {
            for (int row = 0; row < store.size(); row++) {
                int list = store.hazardListId(row);
                if (!seenList[list]) {
                    seenList[list] = true;
                    names.addAll(store.split(list));
                }
            }
        }
        List<String> hazards = new ArrayList<>(names);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < hazards.size(); i++) {
            index.put(hazards.get(i), i);
        }
        int n = hazards.size();
        // per linked row, one byte of kind bits per hazard (rows without links stay null)
        byte[][] found = new byte[store.size()][];
        Map<String, List<Integer>> productRules = new HashMap<>();
        Map<String, List<Integer>> problemRules = new HashMap<>();
        List<String> words = new ArrayList<>();
        List<Integer> wordHazard = new ArrayList<>();
        List<Pattern> regexes = new ArrayList<>();
        List<Integer> regexHazard = new ArrayList<>();
        for (LinkRule rule : rules.rules()) {
            int hazard = index.get(rule.hazard());
            if (rule instanceof LinkRule.ProductCode p) {
                productRules.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(hazard);
            } else if (rule instanceof LinkRule.ProblemCode p) {
                problemRules.computeIfAbsent(p.code(), k -> new ArrayList<>()).add(hazard);
            } else if (rule instanceof LinkRule.Keywords k) {
                for (String word : k.words()) {
                    words.add(word);
                    wordHazard.add(hazard);
                }
            } else if (rule instanceof LinkRule.Regex r) {
                regexes.add(Pattern.compile(r.pattern(), Pattern.CASE_INSENSITIVE));
                regexHazard.add(hazard);
            }
        }
        // code-level resolution, once per distinct cell value
        int codes = store.codeCount();
        int[][] byProduct = resolve(store, codes, productRules);
        int[][] byProblem = resolve(store, codes, problemRules);
        int[][] byList = new int[codes][];
        for (int code = 0; code < codes; code++) {
            byList[code] = seenList[code]
                    ? store.split(code).stream().mapToInt(index::get).toArray() : new int[0];
        }
        for (int row = 0; row < store.size(); row++) {
            if (rules.explicitIds()) {
                for (int hazard : byList[store.hazardListId(row)]) {
                    found[row] = mark(found[row], n, hazard, Links.EXPLICIT);
                }
            }
            for (int hazard : byProduct[store.productCodeId(row)]) {
                found[row] = mark(found[row], n, hazard, Links.PRODUCT);
            }
            for (int hazard : byProblem[store.problemCodeId(row)]) {
                found[row] = mark(found[row], n, hazard, Links.PROBLEM);
            }
        }
        if (!words.isEmpty()) {
            KeywordMatcher matcher = new KeywordMatcher(words);
            int[] hazardOfWord = wordHazard.stream().mapToInt(Integer::intValue).toArray();
            // a keyword without a quote has the same occurrences in the text as the file holds it (quotes doubled):
            // searched there, without unescaping (a quarter of the search's time at a million narratives)
            boolean raw = words.stream().noneMatch(word -> word.indexOf('"') >= 0);
            inParallel(store, progress, raw, (row, bytes, offset, length) -> matcher.match(bytes, offset, length,
                    pattern -> found[row] = mark(found[row], n, hazardOfWord[pattern], Links.KEYWORD)));
        }
        if (!regexes.isEmpty()) {
            inParallel(store, progress, false, (row, bytes, offset, length) -> {
                String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
                for (int r = 0; r < regexes.size(); r++) {
                    if (regexes.get(r).matcher(text).find()) {
                        found[row] = mark(found[row], n, regexHazard.get(r), Links.REGEX);
                    }
                }
            });
        }
        // compress
        int[] offsets = new int[store.size() + 1];
        int total = 0;
        for (int row = 0; row < store.size(); row++) {
            if (found[row] != null) {
                for (byte kind : found[row]) {
                    if (kind != 0) {
                        total++;
                    }
                }
            }
            offsets[row + 1] = total;
        }
        int[] targets = new int[total];
        byte[] kinds = new byte[total];
        int at = 0;
        for (int row = 0; row < store.size(); row++) {
            if (found[row] != null) {
                for (int hazard = 0; hazard < n; hazard++) {
                    if (found[row][hazard] != 0) {
                        targets[at] = hazard;
                        kinds[at++] = found[row][hazard];
                    }
                }
            }
        }
        return new Links(hazards, offsets, targets, kinds);
    }

    /**
     * Visits all narratives, split into one contiguous range of rows per core; each row is visited by exactly one
     * thread, so visitors may write per-row state without locks. {@code raw}: as the file holds them, quotes
     * doubled ({@link TextColumn#forEachRaw}).
     */
    private static void inParallel(IncidentStore store, ImportProgress progress, boolean raw,
                                   TextColumn.RowBytes visitor) {
        int rows = store.size();
        int parts = rows < 50_000 ? 1 : Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
        TextColumn narratives = store.narratives();
        boolean reported = progress != ImportProgress.NONE;
        long total = reported ? narratives.bytes(0, rows) : 0;
        AtomicLong searched = new AtomicLong();
        java.util.stream.IntStream.range(0, parts).parallel().forEach(part -> {
            int from = (int) ((long) rows * part / parts);
            int to = (int) ((long) rows * (part + 1) / parts);
            TextColumn.RowBytes each = reported ? reporting(visitor, progress, searched, total) : visitor;
            if (raw) {
                narratives.forEachRaw(from, to, each);
            } else {
                narratives.forEach(from, to, each);
            }
        });
        if (reported) {
            progress.progress(PROGRESS_LABEL, total, total);
        }
    }

    /** {@code visitor}, adding the bytes it has seen to {@code searched} and reporting every few megabytes. */
    private static TextColumn.RowBytes reporting(TextColumn.RowBytes visitor, ImportProgress progress,
                                                 AtomicLong searched, long total) {
        long[] pending = new long[1];
        return (row, bytes, offset, length) -> {
            visitor.accept(row, bytes, offset, length);
            pending[0] += length;
            if (pending[0] >= PROGRESS_STEP) {
                progress.progress(PROGRESS_LABEL, searched.addAndGet(pending[0]), total);
                pending[0] = 0;
            }
        };
    }

    /** What the progress of the narrative search is called ("loading ... 40% (90 of 214 MB)" on a terminal). */
    public static final String PROGRESS_LABEL = "incident narratives to link";
    private static final long PROGRESS_STEP = 4 << 20;

    private static byte[] mark(byte[] row, int hazards, int hazard, int kind) {
        byte[] marks = row == null ? new byte[hazards] : row;
        marks[hazard] |= (byte) kind;
        return marks;
    }

    private static int[][] resolve(IncidentStore store, int codes, Map<String, List<Integer>> rules) {
        int[][] result = new int[codes][];
        for (int code = 0; code < codes; code++) {
            List<Integer> hazards = new ArrayList<>();
            if (!rules.isEmpty()) {
                for (String part : store.split(code)) {
                    hazards.addAll(rules.getOrDefault(part, List.of()));
                }
            }
            result[code] = hazards.stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }
}
