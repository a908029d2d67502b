package org.hazlab.core.review.link;

import java.util.Arrays;
import java.util.List;

/**
 * Multi-keyword search that skips ahead (Wu-Manber, the multi-pattern Horspool): it slides a window as long as
 * the shortest keyword over the text, looks at the window's last three bytes only, and jumps by as far as no
 * keyword's first window-length bytes could end inside the jump. Only where those three bytes end the first
 * window-length bytes of some keyword are the candidates compared byte by byte.
 *
 * <p>Why next to {@link KeywordMatcher}'s automaton: the review runs C1-only ({@code hazlab run}), where the
 * automaton's table lookup per text byte costs about 3.5 ns. With the review's 28 keywords of 8 bytes or more, the
 * window moves 5.3 bytes on average per look at three, and 8 % of the positions need a comparison: about 1.9 ns per
 * text byte. With short keywords, or so many that most triples of the text end or sit in some keyword's window,
 * the shifts shrink and the comparisons multiply, and the automaton is faster; {@link KeywordMatcher} chooses.
 * Same semantics as the automaton: substring matches, ASCII case-insensitive, other bytes exact, each occurrence
 * of each keyword reported once (in another order).
 */
final class SkipSearch {

    /** Bytes looked at per window position. */
    static final int GRAM = 3;

    private final int window;
    private final byte[] fold = new byte[256];
    /** Per gram index: how far the window may move (0: some keywords' windows end here; verify them). */
    private final byte[] shift = new byte[1 << 15];
    private final int[] candidateStart = new int[(1 << 15) + 1];
    /** The keywords whose window ends in each gram index: from candidateStart[gram] to candidateStart[gram + 1]. */
    private final int[] candidates;
    private final byte[][] candidatePatterns;

    /**
     * @param folded the keywords as UTF-8 bytes with ASCII letters lower-cased, in keyword order (a keyword's
     *               index is its position); each at least {@link #GRAM} bytes long
     */
    SkipSearch(List<byte[]> folded) {
        byte[][] patterns = folded.toArray(new byte[0][]);
        int shortest = Integer.MAX_VALUE;
        for (byte[] pattern : patterns) {
            shortest = Math.min(shortest, pattern.length);
        }
        if (patterns.length == 0 || shortest < GRAM) {
            throw new IllegalArgumentException("skip search needs keywords of at least " + GRAM + " bytes");
        }
        window = shortest;
        for (int b = 0; b < 256; b++) {
            fold[b] = (byte) (b >= 'A' && b <= 'Z' ? b + 32 : b);
        }
        Arrays.fill(shift, (byte) Math.min(window - GRAM + 1, Byte.MAX_VALUE));
        int[] counts = new int[shift.length];
        for (byte[] pattern : patterns) {
            for (int end = GRAM - 1; end < window; end++) {
                int gram = gramAt(pattern, end);
                shift[gram] = (byte) Math.min(shift[gram], window - 1 - end);
            }
            counts[gramAt(pattern, window - 1)]++;
        }
        for (int g = 0; g < shift.length; g++) {
            candidateStart[g + 1] = candidateStart[g] + counts[g];
        }
        candidates = new int[patterns.length];
        candidatePatterns = new byte[patterns.length][];
        int[] next = Arrays.copyOf(candidateStart, shift.length);
        for (int p = 0; p < patterns.length; p++) {
            int c = next[gramAt(patterns[p], window - 1)]++;
            candidates[c] = p;
            candidatePatterns[c] = patterns[p];
        }
    }

    /**
     * The gram index of the three bytes ending at {@code end}: their low five bits each, which ignore ASCII case
     * for free; bytes that differ elsewhere (a digit and a letter, 'É' and 'C') share an index, which only
     * shortens shifts and adds candidates, never loses a match.
     */
    private static int gramAt(byte[] bytes, int end) {
        return (bytes[end - 2] & 31) << 10 | (bytes[end - 1] & 31) << 5 | bytes[end] & 31;
    }

    /** Reports every keyword occurrence in the bytes, once each. */
    void match(byte[] text, int offset, int length, KeywordMatcher.Hits hits) {
        final int end = offset + length;
        final byte[] shifts = shift;
        final byte[] folded = fold;
        int i = offset + window - 1;
        while (i < end) {
            int gram = (text[i - 2] & 31) << 10 | (text[i - 1] & 31) << 5 | text[i] & 31;
            int s = shifts[gram];
            if (s != 0) {
                i += s;
                continue;
            }
            // verified here rather than in a method: C1 would not inline it
            int start = i + 1 - window;
            for (int c = candidateStart[gram], to = candidateStart[gram + 1]; c < to; c++) {
                byte[] pattern = candidatePatterns[c];
                if (pattern.length <= end - start) {
                    int j = 0;
                    while (j < pattern.length && folded[text[start + j] & 0xFF] == pattern[j]) {
                        j++;
                    }
                    if (j == pattern.length) {
                        hits.hit(candidates[c]);
                    }
                }
            }
            i++;
        }
    }
}
