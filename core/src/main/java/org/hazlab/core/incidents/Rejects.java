package org.hazlab.core.incidents;

import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * Collects rejected records for an import: every reject is counted, the first {@link ImportResult#PROBLEM_CAP}
 * are kept as problems with location and reason, and a note says how many more there were.
 */
public final class Rejects {

    private final List<Problem> problems = new ArrayList<>();
    private long count;
    private long omitted;

    public void reject(String code, SourceLocation where, String message, String value, String expected) {
        count++;
        if (problems.size() < ImportResult.PROBLEM_CAP) {
            problems.add(Problem.error(code, where, message).value(value).expected(expected).build());
        } else {
            omitted++;
        }
    }

    /** A record rejected with a problem made elsewhere (a table reader's). */
    public void reject(Problem problem) {
        count++;
        if (problems.size() < ImportResult.PROBLEM_CAP) {
            problems.add(problem);
        } else {
            omitted++;
        }
    }

    /**
     * Adds the rejects of {@code later}, collected from the following records of the same file (the second half of
     * a file read on two threads, whose line numbers counted from 1 at its start), as if they had been rejected
     * here one by one: lines shifted by {@code lineShift}, kept up to the cap, the rest counted. {@code later} must
     * hold rejects only (no notes).
     */
    public void addAll(Rejects later, int lineShift) {
        for (Problem p : later.problems) {
            SourceLocation at = p.location();
            reject(new Problem(p.severity(), p.code(), new SourceLocation(at.file(), at.line() + lineShift,
                    at.column()), p.message(), p.value(), p.expected(), p.hint(), p.related()));
        }
        count += later.omitted;
        omitted += later.omitted;
    }

    public void note(Problem problem) {
        if (problems.size() < ImportResult.PROBLEM_CAP) {
            problems.add(problem);
        }
    }

    /** Rejects counted so far (all files). */
    public long count() {
        return count;
    }

    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(problems);
        if (omitted > 0) {
            all.add(Problem.note("rejects-omitted", SourceLocation.ofFile(""),
                    omitted + " more rejected records are counted but not listed").build());
        }
        return all;
    }
}
