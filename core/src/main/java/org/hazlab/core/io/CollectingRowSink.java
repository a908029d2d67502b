package org.hazlab.core.io;

import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.problem.Problem;

/** Keeps every record in memory and hands them over as a {@link RawTable}. */
final class CollectingRowSink implements RawRowSink {

    private String source = "";
    private String encoding = "";
    private List<String> headers = List.of();
    private List<Integer> columns = List.of();
    private int headerLine;
    private final List<RawRow> rows = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private int rejected;

    @Override
    public void begin(String newSource, String newEncoding, List<String> newHeaders, List<Integer> columnNumbers,
                      int newHeaderLine) {
        source = newSource;
        encoding = newEncoding;
        headers = newHeaders;
        columns = columnNumbers;
        headerLine = newHeaderLine;
    }

    @Override
    public void row(RawRow row) {
        rows.add(row);
    }

    @Override
    public void rejected(Problem problem) {
        problems.add(problem);
        rejected++;
    }

    @Override
    public void note(Problem problem) {
        problems.add(problem);
    }

    RawTable table() {
        return new RawTable(source, headers, columns, headerLine, rows, rejected, problems, encoding);
    }
}
