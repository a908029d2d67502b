package org.hazlab.core.classify.checks;

import java.util.List;
import org.hazlab.core.problem.Problem;

/**
 * One question an auditor would raise about a classification. Each check adds problems that point at the rows
 * involved (the first as the location, the others as related rows), so a reader can go straight to the input.
 */
interface AuditCheck {

    void check(AuditContext context, List<Problem> out);
}
