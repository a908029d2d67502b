package org.hazlab.dsl.session;

import java.time.Duration;
import java.util.Optional;

/**
 * What evaluating one cell produced: the value of its last expression, the text it printed, its messages
 * (warnings the DSL raised), the error if it failed, and how long it took. A failed cell leaves the session's
 * variables as they were after the last statement that completed.
 *
 * @param cell     the cell evaluated
 * @param value    value of the last expression, or null (also null when the cell failed)
 * @param output   text printed with {@code print}/{@code println}/{@code printf}
 * @param messages warnings and notes the DSL wrote for the user (a stderr stream)
 * @param error    the failure, or null when the cell completed
 * @param duration wall time of the evaluation
 * @param assignment whether the cell ended with a declaration or assignment ({@code def x = ...}); notebook-like
 *                 front ends do not display the value of such cells
 * @param compiledEarlier whether the cell's classes came from a {@link CellCache} (compiled by an earlier run of
 *                 the same cells) instead of the compiler
 */
public record CellResult(Cell cell, Object value, String output, String messages, CellError error,
                         Duration duration, boolean assignment, boolean compiledEarlier) {

    public CellResult {
        output = output == null ? "" : output;
        messages = messages == null ? "" : messages;
    }

    /** A result of a cell compiled now (or not Groovy: Java cells, Markdown). */
    public CellResult(Cell cell, Object value, String output, String messages, CellError error,
                      Duration duration, boolean assignment) {
        this(cell, value, output, messages, error, duration, assignment, false);
    }

    public boolean succeeded() {
        return error == null;
    }

    public Optional<CellError> failure() {
        return Optional.ofNullable(error);
    }

    public Optional<Object> result() {
        return Optional.ofNullable(value);
    }

    /** The value to show after the cell: empty for failed cells, null values and cells ending in an assignment. */
    public Optional<Object> displayValue() {
        return assignment || error != null ? Optional.empty() : Optional.ofNullable(value);
    }
}
