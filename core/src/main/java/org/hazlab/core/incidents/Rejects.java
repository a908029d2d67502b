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
