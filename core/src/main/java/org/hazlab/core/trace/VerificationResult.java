package org.hazlab.core.trace;

import org.hazlab.core.io.FieldType;

/** The verdict of a verification. Only {@link #PASS} covers what it verifies. */
public enum VerificationResult {
    PASS("pass"),
    FAIL("fail"),
    NOT_RUN("not-run");

    /** Accepted spellings in data files. */
    public static final FieldType.Choice FIELD_TYPE = FieldType.Choice.of(
            "pass=passed|ok|p|success|green",
            "fail=failed|f|failure|red|nok",
            "not-run=not run|notrun|pending|blocked|skipped|open|tbd|planned");

    private final String key;

    VerificationResult(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The result for a canonical key; an empty cell means not run. */
    public static VerificationResult fromKey(String key) {
        for (VerificationResult result : values()) {
            if (result.key.equals(key)) {
                return result;
            }
        }
        return NOT_RUN;
    }

    @Override
    public String toString() {
        return key;
    }
}
