package org.hazlab.core.incidents;

import java.util.List;
import org.hazlab.core.problem.Problem;

/**
 * What an import produced: the incidents, per file how many records were read, loaded and rejected, and every
 * rejected record with its location and reason. For every file {@code loaded + rejected == read}: nothing is
 * dropped silently. (A MAUDE text row repeating an MDR_TEXT_KEY counts as loaded: its text is already there; the
 * file count says how many were such duplicates.)
 *
 * @param incidents the loaded reports
 * @param format    the importer's id ("maude", "openfda", ...)
 * @param files     counts per file read, in read order
 * @param problems  one error per rejected record (capped at {@link #PROBLEM_CAP}; counts stay exact), and notes
 */
public record ImportResult(IncidentStore incidents, String format, List<FileCount> files, List<Problem> problems) {

    /** Problems kept per import; counts stay exact beyond it. */
    public static final int PROBLEM_CAP = 1000;

    public ImportResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** This result and another (the next file of a workspace) in one; the format is this one's. */
    public ImportResult concat(ImportResult other) {
        List<FileCount> counts = new java.util.ArrayList<>(files);
        counts.addAll(other.files);
        List<Problem> all = new java.util.ArrayList<>(problems);
        all.addAll(other.problems);
        return new ImportResult(incidents.concat(other.incidents), format, counts, all);
    }

    /** No incidents, no files. */
    public static ImportResult empty() {
        return new ImportResult(IncidentStore.builder().build(), "none", List.of(), List.of());
    }

    public long read() {
        return files.stream().mapToLong(FileCount::read).sum();
    }

    public long loaded() {
        return files.stream().mapToLong(FileCount::loaded).sum();
    }

    public long rejected() {
        return files.stream().mapToLong(FileCount::rejected).sum();
    }

    public List<Problem> rejects() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /**
     * Counts for one file.
     *
     * @param file       file label
     * @param role       what the file holds ("incidents", "mdrfoi", "foitext", ...)
     * @param read       records read
     * @param loaded     records used
     * @param rejected   records rejected, each with a problem
     * @param duplicates loaded records that repeated an earlier one and added nothing
     */
    public record FileCount(String file, String role, long read, long loaded, long rejected, long duplicates) {
        public FileCount {
            if (loaded + rejected != read) {
                throw new IllegalStateException(file + ": loaded " + loaded + " + rejected " + rejected
                        + " != read " + read);
            }
        }
    }
}
