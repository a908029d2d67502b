package org.hazlab.core.trace.gaps;

import java.util.List;

/**
 * The traceability of one risk control: the hazards it controls, the requirements that implement it and the
 * verifications that cover it (directly or through those requirements).
 *
 * @param control       control id
 * @param kind          hardware, software, ...
 * @param hazards       hazards whose log names the control
 * @param requirements  implementing requirement ids
 * @param verifications covering verification ids with their result, e.g. "VER-007 (fail)"
 * @param state         covered or which link is missing
 */
public record ControlCoverage(String control, String kind, List<String> hazards, List<String> requirements,
                              List<String> verifications, ControlState state) {

    public ControlCoverage {
        hazards = List.copyOf(hazards);
        requirements = List.copyOf(requirements);
        verifications = List.copyOf(verifications);
    }
}
