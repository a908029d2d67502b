package org.hazlab.core.review.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Fisher tail that stops early gives the sum of every term, bit for bit, small counts and large. */
class FisherTailTest {

    /** Every term of P(X >= a), summed in the same order: the definition the early stop must match. */
    private static double everyTerm(TwoByTwo t) {
        long row1 = t.a() + t.b();
        long col1 = t.a() + t.c();
        long total = t.n();
        double p = 0;
        for (long x = t.a(); x <= Math.min(row1, col1); x++) {
            long z = col1 - x;
            if (row1 - x < 0 || z < 0 || total - row1 - z < 0) {
                continue;
            }
            p += Math.exp(Gamma.logChoose(row1, x) + Gamma.logChoose(total - row1, z) - Gamma.logChoose(total, col1));
        }
        return Math.min(1, p);
    }

    @Test
    void matchesTheSumOfEveryTermOnRandomTables() {
        SplittableRandom random = new SplittableRandom(62304);
        for (int i = 0; i < 3000; i++) {
            long scale = i % 3 == 0 ? 20 : i % 3 == 1 ? 2_000 : 200_000;
            TwoByTwo table = new TwoByTwo(random.nextLong(scale), random.nextLong(scale), random.nextLong(scale),
                    random.nextLong(scale * 10) + 1);
            assertEquals(everyTerm(table), table.fisherGreater(), table::toString);
        }
    }

    @Test
    void matchesOnTablesWithZerosAndAPublishedValue() {
        for (TwoByTwo table : new TwoByTwo[] {new TwoByTwo(0, 5, 0, 10), new TwoByTwo(3, 0, 0, 3),
            new TwoByTwo(12, 0, 5000, 900_000), new TwoByTwo(1, 1, 1, 1), new TwoByTwo(71090, 1402, 314, 1231)}) {
            assertEquals(everyTerm(table), table.fisherGreater(), table::toString);
        }
        // Fisher's tea-tasting table (3 of 4 cups right): P(X >= 3) = 17/70
        assertEquals(17.0 / 70, new TwoByTwo(3, 1, 1, 3).fisherGreater(), 1e-12);
    }
}
