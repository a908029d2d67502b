package org.hazlab.core.trace.gaps;

/** Whether a risk control is implemented by a requirement and covered by a passing verification. */
public enum ControlState {
    COVERED("covered"),
    NOT_IMPLEMENTED("no requirement implements it"),
    NOT_VERIFIED("no verification covers it"),
    NOT_RUN("its verification has not been run"),
    FAILED("its verification failed");

    private final String words;

    ControlState(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public boolean gap() {
        return this != COVERED;
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
