package org.hazlab.core.classify.iec62304;

import java.util.List;
import org.hazlab.core.classify.HazardJudgement;
import org.hazlab.core.classify.SafetyClass;

/**
 * What the bottom-up pass found for one item (or the system) before inheritance: the hazards it contributes to,
 * the flow class, the class of the risks it controls, and its children's highest class.
 *
 * @param flow            how step 1 was answered
 * @param considered      hazards considered in steps 2 and 3 (direct, and through children unless a class
 *                        rationale sets them aside)
 * @param direct          identifiers of the hazards naming the item directly
 * @param decisive        the worst considered hazard, or null when none
 * @param flowClass       the class from the decision flow (or C when not analysed)
 * @param implemented     software risk controls the item implements
 * @param controlled      hazards those controls are applied to
 * @param controlledClass the highest class among the controlled hazards, or null
 * @param childMax        the highest own class among the children, or null without children
 * @param childMaxIds     the children having that class
 * @param ownClass        the class before inheritance
 */
record ItemAnalysis(Flow flow, List<HazardJudgement> considered, List<String> direct, HazardJudgement decisive,
                    SafetyClass flowClass, List<String> implemented, List<String> controlled,
                    SafetyClass controlledClass, SafetyClass childMax, List<String> childMaxIds,
                    SafetyClass ownClass) {

    /** How step 1 was answered. */
    enum Flow {
        /** Named in the hazard log, directly or through a child. */
        HAZARDS,
        /** Declared unable to contribute, with a rationale. */
        DECLARED,
        /** A class rationale sets aside the children's hazards and none names the item directly. */
        RATIONALE_ONLY,
        /** Named in no hazard, but implements software risk controls: its class comes from those (7.2.2 b). */
        CONTROLS_ONLY,
        /** The system has items but no hazard at all. */
        NO_HAZARDS,
        /** Neither: class C until a class is assigned. */
        NOT_ANALYSED
    }
}
