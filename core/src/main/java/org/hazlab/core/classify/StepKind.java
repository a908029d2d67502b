package org.hazlab.core.classify;

/**
 * The kinds of step a decision path is made of. The first group follows IEC 62304 Figure 3 and its
 * decomposition rules; the second serves the device-level comparison schemes.
 */
public enum StepKind {
    /** Step 1: can the item contribute to a hazardous situation? */
    CONTRIBUTES,
    /** The item is neither in the hazard log nor declared unable to contribute: class C until assigned. */
    NOT_ANALYSED,
    /** Step 2: is the risk unacceptable after external risk controls, with software failure probability 1? */
    RESIDUAL_RISK,
    /** Step 3: the worst possible harm decides B or C. */
    WORST_HARM,
    /** 2006 edition: class by severity alone, then one step lower for a hardware control. */
    SEVERITY_ONLY,
    /** 2006 edition: a hardware control brought the risk to an acceptable level, one step lower. */
    HARDWARE_CONTROL,
    /** The item implements a software risk control and takes the class of the risk it controls. */
    RISK_CONTROL_IMPLEMENTER,
    /** A parent takes at least the highest class of its children. */
    CHILDREN_MAX,
    /** A class rationale lets a parent stay below its children. */
    CHILDREN_MAX_WAIVED,
    /** The item takes the class of the item or system it decomposes. */
    INHERITED,
    /** A segregation rationale lets the item keep its own class. */
    SEGREGATED,
    /** A segregation claim without rationale, which is not credited. */
    SEGREGATION_NOT_CREDITED,
    /** A scheme input read from the workspace. */
    INPUT,
    /** A scheme input that is missing or invalid. */
    MISSING_INPUT,
    /** A table lookup or rule of a comparison scheme. */
    RULE,
    /** The scheme classifies the device as a whole; items take the device's category. */
    DEVICE_LEVEL,
    /** Factors of the scheme's source that hazlab does not model, stated so the result is not over-read. */
    NOT_MODELLED
}
