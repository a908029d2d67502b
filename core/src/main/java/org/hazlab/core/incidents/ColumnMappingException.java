package org.hazlab.core.incidents;

import java.util.List;

/**
 * A column mapping ({@code --map} on the command line, {@code columns:} in the DSL and in workspace.json) that
 * names a header the file does not have or a field hazlab does not know. It is a mistake in how the import was
 * asked for, not in the data, so front ends treat it as a usage error; the message lists what there is.
 */
public final class ColumnMappingException extends IllegalArgumentException {

    private final List<String> headers;

    public ColumnMappingException(String message, List<String> headers) {
        super(message);
        this.headers = List.copyOf(headers);
    }

    /** The headers the file has. */
    public List<String> headers() {
        return headers;
    }
}
