package org.hazlab.core.io.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hazlab.core.io.RawRow;
import org.hazlab.core.io.RawRowSink;
import org.hazlab.core.io.RawTableReader;
import org.hazlab.core.io.ReadOptions;
import org.hazlab.core.io.TextDecoding;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * Reads CSV and TSV files: the first non-blank record is the header. A record whose cells do not line up with the
 * header is rejected rather than padded or cut, because a shifted row silently puts a severity in the probability
 * column; trailing empty cells (Excel writes them) are the one tolerated difference.
 */
public final class DelimitedTableReader implements RawTableReader {

    @Override
    public Set<String> extensions() {
        return Set.of("csv", "tsv", "tab", "txt");
    }

    @Override
    public void read(Path file, ReadOptions options, RawRowSink sink) throws IOException {
        TextDecoding.Decision decision = TextDecoding.decide(file, options.charset());
        char delimiter = options.declaredDelimiter().orElseGet(() -> defaultDelimiter(file));
        try (BufferedReader reader = TextDecoding.open(file, decision)) {
            DelimitedRecordParser parser = new DelimitedRecordParser(reader, delimiter);
            DelimitedRecordParser.Record header = nextNonBlank(parser);
            if (header == null) {
                sink.begin(options.label(), decision.describe(), List.of(), List.of(), 0);
                return;
            }
            List<String> headers = trimTrailingEmpty(header.fields());
            List<Integer> columns = new ArrayList<>();
            for (int i = 1; i <= headers.size(); i++) {
                columns.add(i);
            }
            sink.begin(options.label(), decision.describe(), headers, columns, header.line());
            if (decision.detected() && decision.charset().equals(TextDecoding.LATIN_FALLBACK)) {
                sink.note(Problem.note("encoding-detected", SourceLocation.ofFile(options.label()),
                                "file is not valid UTF-8; read as " + decision.charset().name())
                        .hint("declare \"encoding\" for this file in workspace.json if that is wrong").build());
            }
            DelimitedRecordParser.Record record;
            while ((record = parser.next()) != null) {
                if (record.isBlank()) {
                    continue;
                }
                Problem problem = checkShape(record, headers.size(), options.label(), delimiter);
                if (problem != null) {
                    sink.rejected(problem);
                } else {
                    List<String> fields = record.fields();
                    sink.row(new RawRow(record.line(),
                            fields.size() > headers.size() ? fields.subList(0, headers.size()) : fields));
                }
            }
        }
    }

    private static Problem checkShape(DelimitedRecordParser.Record record, int width, String label, char delimiter) {
        if (record.error() != null) {
            return Problem.error("malformed-record",
                            new SourceLocation(label, record.errorLine(), record.errorColumn()),
                            "record starting on line " + record.line() + " rejected: " + record.error())
                    .expected("a closing quote followed by the delimiter or the end of the line")
                    .hint("a double quote inside a quoted field is written as two: \"\"").build();
        }
        List<String> fields = record.fields();
        if (fields.size() < width) {
            return Problem.error("wrong-cell-count", SourceLocation.of(label, record.line()),
                            "record rejected: it has " + fields.size() + " cells but the header has " + width)
                    .value(String.join(String.valueOf(delimiter), fields))
                    .expected(width + " cells separated by " + describe(delimiter))
                    .hint("a cell containing " + describe(delimiter) + " must be quoted").build();
        }
        for (int i = width; i < fields.size(); i++) {
            if (!fields.get(i).isBlank()) {
                return Problem.error("wrong-cell-count", new SourceLocation(label, record.line(), i + 1),
                                "record rejected: it has " + fields.size() + " cells but the header has " + width)
                        .value(fields.get(i))
                        .expected(width + " cells separated by " + describe(delimiter))
                        .hint("a cell containing " + describe(delimiter) + " must be quoted").build();
            }
        }
        return null;
    }

    private static DelimitedRecordParser.Record nextNonBlank(DelimitedRecordParser parser) throws IOException {
        DelimitedRecordParser.Record record;
        do {
            record = parser.next();
        } while (record != null && record.isBlank());
        return record;
    }

    private static List<String> trimTrailingEmpty(List<String> cells) {
        int end = cells.size();
        while (end > 1 && cells.get(end - 1).isBlank()) {
            end--;
        }
        return cells.subList(0, end);
    }

    private static char defaultDelimiter(Path file) {
        String name = file.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return extension.equals("tsv") || extension.equals("tab") ? '\t' : ',';
    }

    private static String describe(char delimiter) {
        return switch (delimiter) {
            case '\t' -> "tabs";
            case ',' -> "commas";
            case ';' -> "semicolons";
            case '|' -> "pipes";
            default -> "'" + delimiter + "'";
        };
    }
}
