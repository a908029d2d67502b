package org.hazlab.core.generate;

import java.util.SplittableRandom;

/**
 * Draws Poisson-distributed counts: incident reports arrive independently at a rate, so the number in a period
 * is Poisson. Knuth's multiplication method is exact and its cost grows with the mean, which is the cost of
 * writing the rows anyway; large means are split into chunks so that {@code exp(-mean)} never underflows.
 */
final class PoissonCount {

    private static final double CHUNK = 500.0;

    private PoissonCount() {
    }

    /** A count with the given mean (0 for a mean of 0). */
    static long draw(SplittableRandom random, double mean) {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("Poisson mean must be a finite number >= 0: " + mean);
        }
        long count = 0;
        double left = mean;
        while (left > 0) {
            double part = Math.min(left, CHUNK);
            count += knuth(random, part);
            left -= part;
        }
        return count;
    }

    private static long knuth(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        long count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }
}
