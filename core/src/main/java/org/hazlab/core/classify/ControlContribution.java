package org.hazlab.core.classify;

/**
 * What one credited risk control did to one hazard in the IEC 62304 step 2 judgement: the factor it lowered and
 * the level before and after it, in the order the combination rule applied the controls (docs/method.md,
 * "Several controls"). An auditor reads from these which control carried how much of the reduction.
 *
 * @param controlId the control
 * @param factor    "severity" or "probability"
 * @param effect    the control's stated effect, e.g. "probability to Remote", "severity by 1 level"
 * @param from      the level before this control
 * @param to        the level after it (equal to {@code from} when it added nothing)
 */
public record ControlContribution(String controlId, String factor, String effect, String from, String to) {

    /** True when this control lowered its factor at all. */
    public boolean lowered() {
        return !from.equals(to);
    }

    /** "RC1 (probability to Remote): Frequent -> Remote". */
    public String words() {
        return controlId + " (" + effect + "): " + factor + " " + from + " -> " + to
                + (lowered() ? "" : " (no further reduction)");
    }
}
