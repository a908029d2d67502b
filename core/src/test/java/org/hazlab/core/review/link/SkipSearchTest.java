package org.hazlab.core.review.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The skip-ahead search against the automaton and against String.indexOf over the folded text: for every keyword,
 * the set of positions where an occurrence ends (a search reports no positions, so they are read off the hit counts
 * of every prefix of the text; an occurrence reported twice shows as a count step of two).
 */
class SkipSearchTest {

    /**
     * Text pieces: both cases of letters; bytes that share the search's five low bits but are different bytes
     * ('@' and '`', '1' and 'q'/'Q'); UTF-8 letters that differ only in bit 5 ('É' and 'é', never folded).
     */
    private static final String[] PIECES = {"a", "b", "A", "B", " ", "-", "@", "`", "1", "q", "Q", "É", "é"};

    @Test
    void agreesWithAutomatonAndIndexOfOnRandomKeywordsAndTexts() {
        SplittableRandom random = new SplittableRandom(2026);
        int skipping = 0;
        for (int set = 0; set < 400; set++) {
            List<String> words = keywords(random, 3 + random.nextInt(8), 1 + random.nextInt(12));
            KeywordMatcher matcher = new KeywordMatcher(words, SkipSearch.GRAM, Integer.MAX_VALUE);
            if (matcher.skipsAhead()) {
                skipping++;
            }
            for (int t = 0; t < 25; t++) {
                compare(matcher, words, text(random, words, random.nextInt(t < 5 ? 12 : 120)), random);
            }
        }
        assertTrue(skipping > 300, "most sets have keywords of 3 bytes or more: " + skipping);
    }

    @Test
    void agreesOnTheReviewKeywordsInUpperCaseEnglish() {
        List<String> words = List.of("FREE FLOW", "LOW RATE OF", "LOW FLOW RATE", "LOW-RATE", "VTBI FIELD",
                "DID NOT ALARM FOR A DOWNSTREAM OCCLUSION", "FALSE OCCLUSION", "NUISANCE OCCLUSION", "SENT TO THE EMR",
                "DÉBIT LIBRE", "free flow");
        KeywordMatcher matcher = new KeywordMatcher(words);
        assertTrue(matcher.skipsAhead());
        String text = "free flow at LOW-RATE OF 2 ML/H; THE PUMP DID NOT ALARM FOR A DOWNSTREAM OCCLUSION "
                + "(NUISANCE OCCLUSION, FALSE OCCLUSION) AND LOW FLOW RATE OF x. DÉBIT LIBRE, débit libre. "
                + "SENT TO THE EMRVTBI FIELDFREE FLOW";
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10), matcher.find(text));
        compare(matcher, words, text.getBytes(StandardCharsets.UTF_8), new SplittableRandom(1));
    }

    @Test
    void agreesWithKeywordsLongerThanTheLongestShift() {
        SplittableRandom random = new SplittableRandom(62304);
        List<String> words = keywords(random, 140 + random.nextInt(30), 4);
        KeywordMatcher matcher = new KeywordMatcher(words, SkipSearch.GRAM, Integer.MAX_VALUE);
        assertTrue(matcher.skipsAhead());
        for (int t = 0; t < 20; t++) {
            compare(matcher, words, text(random, words, 100 + random.nextInt(600)), random);
        }
    }

    @Test
    void bytesThatOnlyShareTheGramIndexDoNotMatch() {
        KeywordMatcher matcher = new KeywordMatcher(List.of("1ab@x", "Éabcd"), SkipSearch.GRAM, Integer.MAX_VALUE);
        assertTrue(matcher.skipsAhead());
        assertEquals(List.of(), matcher.find("qab@x Qab`x 1ab`x éabcd"));
        assertEquals(List.of(0, 1), matcher.find("1AB@X ÉABCD"));
    }

    @Test
    void choosesTheAutomatonForShortOrManyKeywords() {
        List<String> review = List.of("FREE FLOW", "LOW-RATE", "VTBI FIELD", "SECONDARY INFUSION");
        assertTrue(new KeywordMatcher(review).skipsAhead());
        List<String> withShort = new ArrayList<>(review);
        withShort.add("EMR");
        assertFalse(new KeywordMatcher(withShort).skipsAhead());
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= KeywordMatcher.SKIP_MAX_KEYWORDS; i++) {
            many.add("ERROR CODE E" + (1000 + i));
        }
        assertFalse(new KeywordMatcher(many).skipsAhead());
        assertTrue(new KeywordMatcher(many.subList(0, KeywordMatcher.SKIP_MAX_KEYWORDS)).skipsAhead());
    }

    /** Keywords that overlap, nest, repeat and differ in case, from a small alphabet so that they occur. */
    private static List<String> keywords(SplittableRandom random, int shortest, int count) {
        List<String> words = new ArrayList<>();
        while (words.size() < count) {
            int kind = random.nextInt(6);
            if (words.isEmpty() || kind < 2) {
                words.add(piecesOfBytes(random, shortest + random.nextInt(6)));
            } else {
                String other = words.get(random.nextInt(words.size()));
                byte[] bytes = other.getBytes(StandardCharsets.UTF_8);
                String word = switch (kind) {
                    case 2 -> other; // duplicate
                    case 3 -> flipCase(random, other);
                    case 4 -> other + piecesOfBytes(random, 1 + random.nextInt(3)); // has other as a prefix
                    default -> piecesOfBytes(random, 1 + random.nextInt(3)) + other; // has other as a suffix
                };
                words.add(word);
                if (bytes.length > shortest + 1 && random.nextBoolean()) {
                    words.add(decodePrefix(bytes, shortest + random.nextInt(bytes.length - shortest)));
                }
            }
        }
        return words;
    }

    /** Random pieces until at least {@code bytes} bytes of UTF-8. */
    private static String piecesOfBytes(SplittableRandom random, int bytes) {
        StringBuilder word = new StringBuilder();
        while (word.toString().getBytes(StandardCharsets.UTF_8).length < bytes) {
            word.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return word.toString();
    }

    private static String flipCase(SplittableRandom random, String word) {
        StringBuilder flipped = new StringBuilder();
        for (char c : word.toCharArray()) {
            boolean ascii = c < 128 && Character.isLetter(c);
            flipped.append(ascii && random.nextBoolean()
                    ? (Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)) : c);
        }
        return flipped.toString();
    }

    /** The longest whole-character prefix of the UTF-8 bytes with at most {@code length} bytes. */
    private static String decodePrefix(byte[] bytes, int length) {
        int end = length;
        while (end < bytes.length && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /** Random text with keywords (case flipped) planted, often at the very start and end. */
    private static byte[] text(SplittableRandom random, List<String> words, int length) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        if (length > 0 && random.nextInt(3) == 0) {
            text.writeBytes(flipCase(random, words.get(random.nextInt(words.size()))).getBytes(StandardCharsets.UTF_8));
        }
        while (text.size() < length) {
            int kind = random.nextInt(10);
            if (kind == 0) {
                text.writeBytes(flipCase(random, words.get(random.nextInt(words.size())))
                        .getBytes(StandardCharsets.UTF_8));
            } else if (kind == 1) {
                text.write(0x80 + random.nextInt(128)); // a byte that need not be valid UTF-8
            } else {
                text.writeBytes(PIECES[random.nextInt(PIECES.length)].getBytes(StandardCharsets.UTF_8));
            }
        }
        if (length > 0 && random.nextInt(3) == 0) {
            text.writeBytes(flipCase(random, words.get(random.nextInt(words.size()))).getBytes(StandardCharsets.UTF_8));
        }
        return text.toByteArray();
    }

    private static void compare(KeywordMatcher matcher, List<String> words, byte[] text, SplittableRandom random) {
        List<TreeSet<Integer>> expected = byIndexOf(words, text);
        // the text inside a larger array, between bytes that would complete keywords if read
        byte[] before = text(random, words, random.nextInt(20));
        byte[] after = text(random, words, random.nextInt(20));
        byte[] buffer = new byte[before.length + text.length + after.length];
        System.arraycopy(before, 0, buffer, 0, before.length);
        System.arraycopy(text, 0, buffer, before.length, text.length);
        System.arraycopy(after, 0, buffer, before.length + text.length, after.length);
        String context = words + " in '" + new String(text, StandardCharsets.UTF_8) + "'";
        assertEquals(expected, endsOfOccurrences(words.size(), text.length,
                (length, hits) -> matcher.match(buffer, before.length, length, hits)), "skip: " + context);
        assertEquals(expected, endsOfOccurrences(words.size(), text.length,
                (length, hits) -> matcher.matchByAutomaton(buffer, before.length, length, hits)), "dfa: " + context);
    }

    private interface Search {
        void prefix(int length, KeywordMatcher.Hits hits);
    }

    /** Where occurrences end, per keyword, from the hit counts of every prefix; a double report fails here. */
    private static List<TreeSet<Integer>> endsOfOccurrences(int keywords, int length, Search search) {
        List<TreeSet<Integer>> ends = new ArrayList<>();
        for (int k = 0; k < keywords; k++) {
            ends.add(new TreeSet<>());
        }
        int[] previous = new int[keywords];
        for (int prefix = 0; prefix <= length; prefix++) {
            int[] counts = new int[keywords];
            search.prefix(prefix, p -> counts[p]++);
            for (int k = 0; k < keywords; k++) {
                int step = counts[k] - previous[k];
                assertTrue(step == 0 || step == 1, "keyword " + k + " reported " + step + " times ending at " + prefix);
                if (step == 1) {
                    ends.get(k).add(prefix - 1);
                }
            }
            previous = counts;
        }
        return ends;
    }

    /** The obvious search: fold ASCII letters of both, one char per byte, indexOf from every position. */
    private static List<TreeSet<Integer>> byIndexOf(List<String> words, byte[] text) {
        String folded = folded(text);
        List<TreeSet<Integer>> ends = new ArrayList<>();
        for (String word : words) {
            String keyword = folded(word.getBytes(StandardCharsets.UTF_8));
            TreeSet<Integer> at = new TreeSet<>();
            for (int from = 0; from <= folded.length(); from++) {
                int found = folded.indexOf(keyword, from);
                if (found == from) {
                    at.add(found + keyword.length() - 1);
                }
            }
            ends.add(at);
        }
        return ends;
    }

    private static String folded(byte[] bytes) {
        char[] chars = new char[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            chars[i] = (char) (b >= 'A' && b <= 'Z' ? b + 32 : b);
        }
        return new String(chars);
    }

    @Test
    void emptyAndShortTextsFindNothing() {
        KeywordMatcher matcher = new KeywordMatcher(List.of("FREE FLOW", "LOW-RATE"));
        assertTrue(matcher.skipsAhead());
        assertEquals(List.of(), matcher.find(""));
        assertEquals(List.of(), matcher.find("LOW-RAT"));
        assertEquals(List.of(1), matcher.find("low-rate"));
        List<Integer> hits = new ArrayList<>();
        byte[] bytes = "LOW-RATE".getBytes(StandardCharsets.UTF_8);
        matcher.match(bytes, 1, 7, hits::add);
        matcher.match(bytes, 0, 7, hits::add);
        matcher.match(bytes, 0, 0, hits::add);
        assertEquals(Collections.emptyList(), hits);
    }
}
