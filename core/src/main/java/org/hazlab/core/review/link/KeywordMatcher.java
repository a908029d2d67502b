package org.hazlab.core.review.link;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aho-Corasick automaton over bytes, ASCII case-insensitive: finds every one of many keywords in a text in one
 * pass, whatever the number of keywords (a million narratives x 500 rules is one scan of the text, not 500).
 * Built as a dense DFA over the byte classes that occur in keywords, so each text byte costs one table lookup.
 * Keywords match anywhere (substring semantics, no word boundaries); non-ASCII bytes match exactly.
 *
 * <p>A few long keywords (a periodic review's phrases) are found faster by skipping ahead ({@link SkipSearch},
 * chosen by the constructor), which reports the same occurrences in another order.
 */
public final class KeywordMatcher {

    /**
     * When {@link SkipSearch} replaces the automaton: all keywords of at least this many bytes, and at most
     * {@link #SKIP_MAX_KEYWORDS} of them. Measured under C1 on the million generated narratives: 28 review
     * keywords of 8+ bytes match in 0.53x the automaton's time; phrases cut from the narratives themselves (the
     * worst case: their triples are the text's own) still win at 64 keywords of 8 bytes (0.9x), break even at 30
     * of 6 bytes, and lose at 100 of 8 bytes and at 200 of any length.
     */
    static final int SKIP_FROM = 8;
    static final int SKIP_MAX_KEYWORDS = 64;

    private final int classes;
    private final int[] byteClass = new int[256];
    private final int[] delta;
    /** delta premultiplied by the row width, sign bit set when the target state has outputs. */
    private final int[] fast;
    private final int[] outStart;
    private final int[] outPatterns;
    private final int patternCount;
    /** The skip-ahead search, used instead of the automaton when the keywords suit it; else null. */
    private final SkipSearch skip;

    /** Receives the index of each keyword found (once per occurrence). */
    @FunctionalInterface
    public interface Hits {
        void hit(int pattern);
    }

    public KeywordMatcher(List<String> keywords) {
        this(keywords, SKIP_FROM, SKIP_MAX_KEYWORDS);
    }

    /**
     * With another choice between the two searches (tests compare them): {@link SkipSearch} when every keyword has
     * at least {@code skipFrom} bytes (and {@link SkipSearch#GRAM}) and there are at most {@code skipMaxKeywords}.
     */
    KeywordMatcher(List<String> keywords, int skipFrom, int skipMaxKeywords) {
        patternCount = keywords.size();
        List<byte[]> patterns = new ArrayList<>();
        int nextClass = 1;
        for (String keyword : keywords) {
            byte[] bytes = keyword.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = fold(bytes[i]);
                int b = bytes[i] & 0xFF;
                if (byteClass[b] == 0) {
                    byteClass[b] = nextClass++;
                }
            }
            if (bytes.length == 0) {
                throw new IllegalArgumentException("empty keyword");
            }
            patterns.add(bytes);
        }
        for (int b = 'A'; b <= 'Z'; b++) {
            byteClass[b] = byteClass[b + 32];
        }
        int shortest = patterns.stream().mapToInt(p -> p.length).min().orElse(0);
        boolean skips = !patterns.isEmpty() && patterns.size() <= skipMaxKeywords
                && shortest >= Math.max(skipFrom, SkipSearch.GRAM);
        skip = skips ? new SkipSearch(patterns) : null;
        classes = nextClass;
        // trie
        int[] goTo = new int[64 * classes];
        Arrays.fill(goTo, -1);
        List<List<Integer>> own = new ArrayList<>();
        own.add(new ArrayList<>());
        int states = 1;
        for (int p = 0; p < patterns.size(); p++) {
            int state = 0;
            for (byte value : patterns.get(p)) {
                int cls = byteClass[value & 0xFF];
                int index = state * classes + cls;
                if (goTo[index] < 0) {
                    if ((states + 1) * classes > goTo.length) {
                        int old = goTo.length;
                        goTo = Arrays.copyOf(goTo, old * 2);
                        Arrays.fill(goTo, old, goTo.length, -1);
                    }
                    goTo[index] = states++;
                    own.add(new ArrayList<>());
                }
                state = goTo[index];
            }
            own.get(state).add(p);
        }
        // failure links, BFS, completing the DFA
        delta = Arrays.copyOf(goTo, states * classes);
        int[] fail = new int[states];
        List<List<Integer>> outputs = new ArrayList<>(own);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int cls = 0; cls < classes; cls++) {
            int next = delta[cls];
            if (next < 0 || cls == 0) {
                delta[cls] = next < 0 || cls == 0 ? 0 : next;
            }
            if (next > 0 && cls != 0) {
                fail[next] = 0;
                queue.add(next);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            List<Integer> merged = new ArrayList<>(own.get(state));
            merged.addAll(outputs.get(fail[state]));
            outputs.set(state, merged);
            for (int cls = 0; cls < classes; cls++) {
                int index = state * classes + cls;
                int next = delta[index];
                if (next > 0 && cls != 0) {
                    fail[next] = delta[fail[state] * classes + cls];
                    queue.add(next);
                } else {
                    delta[index] = delta[fail[state] * classes + cls];
                }
            }
        }
        outStart = new int[states + 1];
        for (int s = 0; s < states; s++) {
            outStart[s + 1] = outStart[s] + outputs.get(s).size();
        }
        fast = new int[delta.length];
        for (int i = 0; i < delta.length; i++) {
            int target = delta[i];
            fast[i] = target * classes | (outStart[target + 1] > outStart[target] ? Integer.MIN_VALUE : 0);
        }
        outPatterns = new int[outStart[states]];
        for (int s = 0; s < states; s++) {
            for (int i = 0; i < outputs.get(s).size(); i++) {
                outPatterns[outStart[s] + i] = outputs.get(s).get(i);
            }
        }
    }

    private static byte fold(byte value) {
        return value >= 'A' && value <= 'Z' ? (byte) (value + 32) : value;
    }

    public int patternCount() {
        return patternCount;
    }

    /** Whether matching skips ahead ({@link SkipSearch}) rather than running the automaton. */
    boolean skipsAhead() {
        return skip != null;
    }

    /** Reports every keyword occurrence in the bytes (once per occurrence, in no particular order). */
    public void match(byte[] text, int offset, int length, Hits hits) {
        if (skip != null) {
            skip.match(text, offset, length, hits);
        } else {
            matchByAutomaton(text, offset, length, hits);
        }
    }

    /** The automaton alone, whatever the keywords: one table lookup per byte. */
    void matchByAutomaton(byte[] text, int offset, int length, Hits hits) {
        int row = 0;
        final int[] table = fast;
        final int[] cls = byteClass;
        for (int i = offset, end = offset + length; i < end; i++) {
            int next = table[row + cls[text[i] & 0xFF]];
            row = next & Integer.MAX_VALUE;
            if (next < 0) {
                int state = row / classes;
                for (int o = outStart[state], to = outStart[state + 1]; o < to; o++) {
                    hits.hit(outPatterns[o]);
                }
            }
        }
    }

    /** The distinct keywords found in a string, in keyword order. */
    public List<Integer> find(String text) {
        boolean[] seen = new boolean[patternCount];
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        match(bytes, 0, bytes.length, p -> seen[p] = true);
        List<Integer> found = new ArrayList<>();
        for (int p = 0; p < seen.length; p++) {
            if (seen[p]) {
                found.add(p);
            }
        }
        return found;
    }
}
