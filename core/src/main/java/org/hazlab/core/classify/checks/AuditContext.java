package org.hazlab.core.classify.checks;

import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.iec62304.Iec62304Scheme;
import org.hazlab.core.model.SafetyModel;

/** What the checks look at: the model, its IEC 62304 A1 result, and the scheme that produced it. */
record AuditContext(SafetyModel model, ClassificationResult result, Iec62304Scheme scheme) {
}
