package org.hazlab.core.classify.iec62304;

import java.util.List;
import java.util.Set;
import org.hazlab.core.classify.DecisionStep;
import org.hazlab.core.classify.HazardJudgement;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.SafetyModel;

/**
 * The part of a 62304 edition that judges single hazards and explains the flow steps; the decomposition rules
 * (inheritance, segregation, children, control implementers) are shared by both editions.
 */
interface HazardRule {

    /** Judges one hazard, ignoring the listed controls (for "what rests on this control" checks). */
    HazardJudgement judge(SafetyModel model, Hazard hazard, Set<String> ignoredControls);

    /**
     * The flow steps (after step 1) for an item whose considered hazards are given, worst first being
     * {@code decisive}.
     */
    List<DecisionStep> explain(List<HazardJudgement> considered, HazardJudgement decisive);

    /** The reason phrase for the "because" line when the flow decided the class. */
    String because(HazardJudgement decisive);
}
