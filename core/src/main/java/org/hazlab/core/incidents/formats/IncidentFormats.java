package org.hazlab.core.incidents.formats;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.incidents.IncidentImporter;
import org.hazlab.core.incidents.csv.IncidentCsvImporter;
import org.hazlab.core.incidents.csv.MappedTableImporter;
import org.hazlab.core.incidents.healthcanada.HealthCanadaImporter;
import org.hazlab.core.incidents.maude.MaudeImporter;
import org.hazlab.core.incidents.openfda.OpenFdaImporter;
import org.hazlab.core.problem.Problem;

/**
 * The one way into hazlab for incident files: the known formats by id, the format of a file recognised by its
 * content ({@link FormatSniffer}), and {@link #read} which the DSL's {@code incidents} word, a workspace's
 * incident files, the review and {@code hazlab incidents} all call. The registry lives in its own package so
 * that the importers' packages depend on {@code incidents} and this one on them, never back.
 */
public final class IncidentFormats {

    private static final List<IncidentImporter> ALL = List.of(new IncidentCsvImporter(), new MaudeImporter(),
            new OpenFdaImporter(), new HealthCanadaImporter(), new MappedTableImporter());

    private IncidentFormats() {
    }

    public static List<IncidentImporter> all() {
        return ALL;
    }

    /** The ids of every format, for messages and help. */
    public static List<String> ids() {
        return ALL.stream().map(IncidentImporter::id).toList();
    }

    public static Optional<IncidentImporter> byId(String id) {
        return ALL.stream().filter(importer -> importer.id().equalsIgnoreCase(id)).findFirst();
    }

    /** The importer for a format id, or an {@link IllegalArgumentException} naming the known ones. */
    public static IncidentImporter require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("unknown incident format '" + id
                + "'; the formats are: " + String.join(", ", ids())));
    }

    /**
     * The importer a file's content calls for (header signature, JSON shape, MAUDE's numeric key column), its
     * name deciding only where the content says nothing (docs/data-formats.md, "Format detection").
     *
     * @throws IOException when the file cannot be opened
     */
    public static IncidentImporter detect(Path file) throws IOException {
        return require(FormatSniffer.formatOf(file));
    }

    /**
     * Reads incident files: with {@code format} (an id) as that format, otherwise as the first file's content
     * says. For MAUDE the files of one set are read together; other formats read each file and join them.
     *
     * @throws IOException              when a file cannot be read at all (named in the message)
     * @throws IllegalArgumentException for an unknown format or a column mapping that does not fit the file
     */
    public static ImportResult read(List<Path> files, ImportOptions options, String format) throws IOException {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no incident file given");
        }
        IncidentImporter importer = format == null || format.isBlank() ? detect(files.get(0)) : require(format);
        ImportResult result = importer.read(new ArrayList<>(files), options);
        List<Problem> cut = FinalLineBreak.missing(files, options.progress());
        if (cut.isEmpty()) {
            return result;
        }
        List<Problem> problems = new ArrayList<>(result.problems());
        problems.addAll(cut);
        return new ImportResult(result.incidents(), result.format(), result.files(), problems);
    }
}
