package org.hazlab.core.model;

import java.util.List;
import org.hazlab.core.problem.Problem;

/** One validation rule over a model draft. Each rule is its own class, named after what it checks. */
interface ModelRule {

    void check(ModelDraft draft, List<Problem> problems);
}
