package org.hazlab.core.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import org.hazlab.core.problem.SourceLocation;

/**
 * One record of a many-record JSON stream broke the reading policy (too deep, a string too long, a key twice):
 * thrown by {@link JsonRecordReader} with the position of the offending value and, in plain words, what was
 * found and what is accepted. It is not an {@link java.io.IOException} on purpose: the stream is still
 * readable, and a reader that catches it rejects that record alone and goes on after
 * {@link JsonRecordReader#skipRest()}.
 */
public final class RejectedRecord extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final String expected;

    RejectedRecord(JsonLocation at, String reason, String expected) {
        super(reason, null, false, false);
        this.line = Math.max(0, at.getLineNr());
        this.column = Math.max(0, at.getColumnNr());
        this.expected = expected;
    }

    /** What was found, e.g. "a string of 1,000,001 characters". */
    public String reason() {
        return getMessage();
    }

    /** What the policy accepts, e.g. "a string of at most 1,000,000 characters". */
    public String expected() {
        return expected;
    }

    /** Where the offending value starts, in the file the caller names. */
    public SourceLocation location(String label) {
        return new SourceLocation(label, line, column);
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
