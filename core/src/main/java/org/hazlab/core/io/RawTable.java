package org.hazlab.core.io;

import java.util.List;
import org.hazlab.core.problem.Problem;

/**
 * A file's records as text, whatever the format. Format readers produce it; typing and validation happen later,
 * in one place for all formats. Records that could not even be split into cells (an unterminated quote, a row
 * with more cells than the header) are already rejected here, with a problem each, and counted in
 * {@link #rowsRead()}.
 *
 * @param source         the file as named in messages
 * @param headers        header cells in order, as written by the user
 * @param columnNumbers  for each header cell, its 1-based column in the source (field number, sheet column)
 * @param headerLine     line of the header row
 * @param rows           records that were split successfully
 * @param rejectedRows   number of records rejected while splitting
 * @param problems       problems found while reading (rejections, encoding notes)
 * @param encoding       character set used to read a text file, or empty for binary formats
 */
public record RawTable(String source, List<String> headers, List<Integer> columnNumbers, int headerLine,
                       List<RawRow> rows, int rejectedRows, List<Problem> problems, String encoding) {

    public RawTable {
        headers = List.copyOf(headers);
        columnNumbers = List.copyOf(columnNumbers);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        if (headers.size() != columnNumbers.size()) {
            throw new IllegalArgumentException("one column number per header expected");
        }
    }

    /** Every data record read, whether it was split or rejected. */
    public int rowsRead() {
        return rows.size() + rejectedRows;
    }
}
