package org.hazlab.core.review.link;

import java.util.Arrays;
import java.util.List;

/**
 * Which hazards each incident is linked to, and by which kind of rule: a compressed row layout (one offset per
 * incident into flat arrays) so a million incidents with one or two links each cost a few MB. An incident may
 * link to several hazards; incidents with none are "unlinked" and listed, not lost.
 */
public final class Links {

    /** Link kinds, as bits. */
    public static final int EXPLICIT = 1;
    public static final int PRODUCT = 2;
    public static final int PROBLEM = 4;
    public static final int KEYWORD = 8;
    public static final int REGEX = 16;

    private final List<String> hazards;
    private final int[] offsets;
    private final int[] targets;
    private final byte[] kinds;
    private int unlinked = -1;

    Links(List<String> hazards, int[] offsets, int[] targets, byte[] kinds) {
        this.hazards = List.copyOf(hazards);
        this.offsets = offsets;
        this.targets = targets;
        this.kinds = kinds;
    }

    /** Hazard ids that appear in links, sorted; {@link #hazardsOf} returns indexes into this list. */
    public List<String> hazardIds() {
        return hazards;
    }

    public int rows() {
        return offsets.length - 1;
    }

    /** Indexes (into {@link #hazardIds()}) of the hazards a row links to, ascending. */
    public int[] hazardsOf(int row) {
        return Arrays.copyOfRange(targets, offsets[row], offsets[row + 1]);
    }

    public int linkCount(int row) {
        return offsets[row + 1] - offsets[row];
    }

    /** Hazard index of the i-th link of a row (no allocation, for loops over many rows). */
    public int hazardAt(int row, int i) {
        return targets[offsets[row] + i];
    }

    /** Bits ({@link #EXPLICIT}, ...) saying how the i-th link of a row was made. */
    public int kindAt(int row, int i) {
        return kinds[offsets[row] + i];
    }

    public boolean isLinked(int row) {
        return offsets[row + 1] > offsets[row];
    }

    /** Rows linked to no hazard (counted once: the record, the reports and their data-quality notes all ask). */
    public int unlinkedCount() {
        int count = unlinked;
        if (count < 0) {
            count = 0;
            for (int row = 0; row < rows(); row++) {
                if (!isLinked(row)) {
                    count++;
                }
            }
            unlinked = count; // a race only counts twice: the links never change
        }
        return count;
    }

    /** Words for a kind mask: "id, keyword". */
    public static String describe(int mask) {
        StringBuilder words = new StringBuilder();
        String[] names = {"id", "product code", "problem code", "keyword", "regex"};
        for (int bit = 0; bit < names.length; bit++) {
            if ((mask & (1 << bit)) != 0) {
                words.append(words.length() == 0 ? "" : ", ").append(names[bit]);
            }
        }
        return words.toString();
    }
}
