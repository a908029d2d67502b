package org.hazlab.core.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one load or validation so they can be reported together. A file with ten thousand
 * bad rows must not bury the terminal, so each file keeps at most {@link #perFileCap} problems; the rest are
 * counted and summarised by {@link #omitted()}, never silently forgotten.
 */
public final class ProblemLog {

    /** Default number of problems kept per file. */
    public static final int DEFAULT_CAP = 50;

    private final int perFileCap;
    private final List<Problem> kept = new ArrayList<>();
    private final Map<String, Integer> seenPerFile = new LinkedHashMap<>();
    private final Map<String, Integer> omittedPerFile = new LinkedHashMap<>();
    private int errors;
    private int warnings;

    public ProblemLog() {
        this(DEFAULT_CAP);
    }

    public ProblemLog(int perFileCap) {
        if (perFileCap < 1) {
            throw new IllegalArgumentException("cap must be positive: " + perFileCap);
        }
        this.perFileCap = perFileCap;
    }

    public void add(Problem problem) {
        if (problem.severity() == Severity.ERROR) {
            errors++;
        } else if (problem.severity() == Severity.WARNING) {
            warnings++;
        }
        String file = problem.location().file();
        int seen = seenPerFile.merge(file, 1, Integer::sum);
        if (seen <= perFileCap) {
            kept.add(problem);
        } else {
            omittedPerFile.merge(file, 1, Integer::sum);
        }
    }

    public void addAll(Iterable<Problem> problems) {
        problems.forEach(this::add);
    }

    /** Problems kept for display, in the order they were found. */
    public List<Problem> problems() {
        return Collections.unmodifiableList(kept);
    }

    /** Per file, how many problems were found beyond the cap and not kept. */
    public Map<String, Integer> omitted() {
        return Collections.unmodifiableMap(omittedPerFile);
    }

    public int errorCount() {
        return errors;
    }

    public int warningCount() {
        return warnings;
    }

    public boolean hasErrors() {
        return errors > 0;
    }
}
