package org.hazlab.core.whatif;

/**
 * One single assumption a classification rests on, and the change that would negate it: a control's presence,
 * its externality, a severity or probability one level up or down, a segregation claim.
 *
 * @param kind    control, externality, severity, probability or segregation
 * @param subject the control, hazard or item concerned
 * @param change  the change that tests the assumption
 */
public record Assumption(String kind, String subject, Change change) {

    public String words() {
        return change.describe();
    }
}
