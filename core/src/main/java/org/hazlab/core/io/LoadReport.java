package org.hazlab.core.io;

import java.util.List;
import java.util.Map;
import org.hazlab.core.problem.Problem;

/**
 * What happened when one file was loaded: how it was decoded, which header became which field, which columns were
 * kept as extra text, and the row accounting that must always balance: {@code loaded + rejected == rowsRead}.
 *
 * @param source       the file as named in messages
 * @param table        the kind of table (items, hazards, ...)
 * @param encoding     text encoding used, or empty for binary formats
 * @param rowsRead     data records read
 * @param loaded       records that became table rows
 * @param rejected     records rejected, each with at least one problem
 * @param boundColumns field name to the header it was read from
 * @param extraColumns headers that are not hazlab fields, kept as text columns
 * @param problems     every problem found in this file
 */
public record LoadReport(String source, String table, String encoding, int rowsRead, int loaded, int rejected,
                         Map<String, String> boundColumns, List<String> extraColumns, List<Problem> problems) {

    public LoadReport {
        boundColumns = Map.copyOf(boundColumns);
        extraColumns = List.copyOf(extraColumns);
        problems = List.copyOf(problems);
        if (loaded + rejected != rowsRead) {
            throw new IllegalStateException(source + ": loaded " + loaded + " + rejected " + rejected
                    + " != read " + rowsRead);
        }
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
