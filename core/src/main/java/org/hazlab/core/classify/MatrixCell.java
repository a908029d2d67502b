package org.hazlab.core.classify;

/**
 * One cell of the policy's acceptability matrix as used in IEC 62304 step 2: the probability and severity levels
 * after crediting external controls, the zone found there, and whether that zone counts as unacceptable.
 */
public record MatrixCell(String probability, String severity, String zone, boolean unacceptable) {

    /** "Frequent x Catastrophic = H (unacceptable)". */
    public String words() {
        return probability + " x " + severity + " = " + zone + (unacceptable ? " (unacceptable)" : " (acceptable)");
    }
}
