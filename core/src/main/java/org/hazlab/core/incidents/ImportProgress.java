package org.hazlab.core.incidents;

/**
 * Told how far a load has got, so that a front end can show progress on files that take seconds to read.
 * Core has no terminal code: the shell decides whether and how to show it. Calls come from the loading thread,
 * at most every few thousand rows.
 */
@FunctionalInterface
public interface ImportProgress {

    /** No progress reporting. */
    ImportProgress NONE = (label, done, total) -> { };

    /**
     * @param label what is being read (a file name)
     * @param done  bytes (or records) done so far
     * @param total bytes (or records) in all, or -1 when unknown
     */
    void progress(String label, long done, long total);

    /**
     * A step of a long job that has nothing to count (after its narrative search, a review's statistics,
     * triggers and reports: seconds at tens of millions of reports), shown as {@code what} until the next report.
     * Not shown by default.
     */
    default void step(String what) {
    }
}
