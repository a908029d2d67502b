package org.hazlab.core.trace;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hazlab.core.model.Origin;

/**
 * One verification (a test case, an inspection, an analysis) and what it verifies: requirement, risk control or
 * item ids. A passing verification of a requirement covers the controls that requirement implements.
 *
 * @param id       unique id
 * @param verifies verified requirement, control or item ids
 * @param method   how it was verified
 * @param result   pass, fail or not run
 * @param date     when it was run, or null
 * @param evidence reference of the record
 * @param origin   where the row was read
 */
public record Verification(String id, List<String> verifies, String method, VerificationResult result,
                           LocalDate date, String evidence, Origin origin) {

    public Verification {
        verifies = List.copyOf(verifies);
        method = method == null ? "" : method;
        result = result == null ? VerificationResult.NOT_RUN : result;
        evidence = evidence == null ? "" : evidence;
        origin = origin == null ? Origin.UNKNOWN : origin;
    }

    public boolean passed() {
        return result == VerificationResult.PASS;
    }

    public Optional<LocalDate> runOn() {
        return Optional.ofNullable(date);
    }
}
