package org.hazlab.core.trace;

import java.util.List;
import org.hazlab.core.problem.Problem;

/**
 * The traceability read from the tables and what is wrong with it (duplicate ids, dangling references, clauses
 * that are not in Table A.1). Rows with problems are kept, so that one run shows every mistake.
 */
public record TraceBuild(Traceability traceability, List<Problem> problems) {

    public TraceBuild {
        problems = List.copyOf(problems);
    }
}
