package org.hazlab.core.workspace;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.ImportProgress;
import org.hazlab.core.io.FieldSpec;
import org.hazlab.core.io.FieldType;
import org.hazlab.core.io.LoadedTable;
import org.hazlab.core.io.RawTableReader;
import org.hazlab.core.io.formats.RawTableReaders;
import org.hazlab.core.io.ReadOptions;
import org.hazlab.core.io.TableSchema;
import org.hazlab.core.io.TypedTableLoader;
import org.hazlab.core.problem.InvalidInputException;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * Loads one table file with the settings of a manifest entry (column mapping, encoding, delimiter, sheet, date
 * format). The workspace loader and the DSL's single-file words both come here, so a setting means the same
 * everywhere and a bad one is reported the same way. Problems in the file's content stay in the table's load
 * report; problems that prevent reading it at all are thrown.
 */
public final class TableFileLoader {

    private TableFileLoader() {
    }

    /**
     * @param schema   the table's fields
     * @param file     the file to read
     * @param label    the file as named in messages
     * @param entry    the settings (its {@code file} is not used here)
     * @param settings where the settings were written (a manifest, a script), for messages about them
     * @throws InvalidInputException when the file is missing, unreadable or of an unknown format, or a setting
     *                               is invalid; every such problem at once
     */
    public static LoadedTable load(TableSchema schema, Path file, String label, WorkspaceManifest.FileEntry entry,
                                   String settings) throws InvalidInputException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(Problem.error("missing-file", SourceLocation.ofFile(label),
                    "the " + schema.name() + " file does not exist").hint("check the file name in " + settings)
                    .build());
        }
        RawTableReader reader = RawTableReaders.forFile(file).orElseThrow(() -> new InvalidInputException(
                Problem.error("unsupported-format", SourceLocation.ofFile(label), "hazlab cannot read this kind of file")
                        .expected("one of " + String.join(", ", RawTableReaders.supportedExtensions())).build()));
        List<Problem> problems = new ArrayList<>();
        SourceLocation where = SourceLocation.ofFile(settings);
        Charset charset = charset(entry, label, where, problems);
        Character delimiter = delimiter(entry, label, where, problems);
        TableSchema effective = withDateFormat(schema, entry, where, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        try {
            return TypedTableLoader.read(reader, file, new ReadOptions(label, charset, delimiter, entry.sheet()),
                    effective, entry.columns());
        } catch (IOException e) {
            throw new InvalidInputException(Problem.error("unreadable-file", SourceLocation.ofFile(label),
                    "cannot read the file: " + e.getMessage()).build());
        }
    }

    /**
     * The importer settings for an incident file with a manifest entry's settings, which mean for incidents
     * what they mean for every other table.
     *
     * @throws InvalidInputException when a setting is invalid (every such problem at once)
     */
    public static ImportOptions importOptions(WorkspaceManifest.FileEntry entry, String label, String settings,
                                              ImportProgress progress) throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        SourceLocation where = SourceLocation.ofFile(settings);
        Charset charset = charset(entry, label, where, problems);
        Character delimiter = delimiter(entry, label, where, problems);
        if (entry.dateFormat() != null) {
            try {
                FieldType.Date.pattern(entry.dateFormat());
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error("bad-manifest", where, "dateFormat is not a valid date pattern")
                        .value(entry.dateFormat()).expected("a java.time pattern such as MM/dd/yyyy").build());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ImportOptions(entry.columns(), delimiter == null ? ',' : delimiter, charset, null, progress,
                entry.dateFormat(), entry.sheet());
    }

    private static Charset charset(WorkspaceManifest.FileEntry entry, String label, SourceLocation where,
                                   List<Problem> problems) {
        if (entry.encoding() == null) {
            return null;
        }
        try {
            return Charset.forName(entry.encoding());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            problems.add(Problem.error("bad-manifest", where, "unknown encoding for " + label)
                    .value(entry.encoding()).expected("UTF-8, windows-1252, ISO-8859-1, ...").build());
            return null;
        }
    }

    private static Character delimiter(WorkspaceManifest.FileEntry entry, String label, SourceLocation where,
                                       List<Problem> problems) {
        if (entry.delimiter() == null) {
            return null;
        }
        String text = entry.delimiter().equalsIgnoreCase("tab") ? "\t" : entry.delimiter();
        if (text.length() != 1) {
            problems.add(Problem.error("bad-manifest", where, "delimiter for " + label + " must be one character")
                    .value(entry.delimiter()).expected("\",\", \";\", \"|\" or \"tab\"").build());
            return null;
        }
        return text.charAt(0);
    }

    private static TableSchema withDateFormat(TableSchema schema, WorkspaceManifest.FileEntry entry,
                                              SourceLocation where, List<Problem> problems) {
        if (entry.dateFormat() == null) {
            return schema;
        }
        FieldType date;
        try {
            date = FieldType.Date.pattern(entry.dateFormat());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error("bad-manifest", where, "dateFormat is not a valid date pattern")
                    .value(entry.dateFormat()).expected("a java.time pattern such as MM/dd/yyyy").build());
            return schema;
        }
        TableSchema effective = schema;
        for (FieldSpec field : schema.fields()) {
            if (field.type() instanceof FieldType.Date) {
                effective = effective.withFieldType(field.name(), date);
            }
        }
        return effective;
    }
}
