package org.hazlab.core.generate;

import java.time.LocalDate;

/**
 * How a workspace's committed incident file was generated, as recorded in its profile ({@code "generation"}):
 * the seed, the received-date range, the target row count and the output file name. Keeping them next to the
 * rates means the file can be regenerated from the profile alone, by a test or by {@code hazlab generate}.
 *
 * @param seed       seed of the generator
 * @param from       first date received
 * @param to         last date received
 * @param targetRows 0 for the profile's own rates, otherwise the approximate number of rows
 * @param output     file name relative to the workspace folder, e.g. {@code incidents.csv}
 */
public record GenerationDefaults(long seed, LocalDate from, LocalDate to, long targetRows, String output) {

    public GenerationDefaults {
        if (from == null || to == null || from.isAfter(to)) {
            throw new IllegalArgumentException("generation needs from <= to: " + from + ", " + to);
        }
        if (targetRows < 0) {
            throw new IllegalArgumentException("generation targetRows must be 0 or more: " + targetRows);
        }
        output = output == null || output.isBlank() ? "incidents.csv" : output;
    }
}
