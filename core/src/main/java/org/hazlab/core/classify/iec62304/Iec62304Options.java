package org.hazlab.core.classify.iec62304;

/**
 * The modelling choices of the IEC 62304 A1 scheme that plans disagree on (docs/method.md). Defaults are the
 * conservative ones.
 *
 * @param severityControlsLowerHarm whether an external control that lowers severity also lowers the harm judged
 *                                  in step 3 (default false: step 3 asks for the worst possible harm)
 * @param creditLabelling           whether labelling counts as an external control (default false)
 */
public record Iec62304Options(boolean severityControlsLowerHarm, boolean creditLabelling) {

    /** The documented defaults: both false. */
    public static final Iec62304Options DEFAULTS = new Iec62304Options(false, false);
}
