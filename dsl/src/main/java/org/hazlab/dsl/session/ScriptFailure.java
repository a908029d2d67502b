package org.hazlab.dsl.session;

/**
 * Thrown by {@code fail 'reason'}: the script ran and decided that what it found is a failure (a class went
 * up, a check found problems). Front ends report it apart from errors: {@code hazlab run} exits 3, not 1.
 */
public final class ScriptFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScriptFailure(String reason) {
        super(reason);
    }
}
