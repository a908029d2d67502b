package org.hazlab.core.incidents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hazlab.core.incidents.csv.IncidentCsvImporter;
import org.hazlab.core.incidents.csv.MappedTableImporter;
import org.hazlab.core.incidents.healthcanada.HealthCanadaImporter;
import org.hazlab.core.incidents.maude.MaudeImporter;
import org.hazlab.core.incidents.openfda.OpenFdaImporter;

/** The known incident formats, by id, and a guess from a file name for callers that do not say. */
public final class IncidentImporters {

    private static final List<IncidentImporter> ALL = List.of(new IncidentCsvImporter(), new MaudeImporter(),
            new OpenFdaImporter(), new HealthCanadaImporter(), new MappedTableImporter());

    private IncidentImporters() {
    }

    public static List<IncidentImporter> all() {
        return ALL;
    }

    public static Optional<IncidentImporter> byId(String id) {
        return ALL.stream().filter(importer -> importer.id().equalsIgnoreCase(id)).findFirst();
    }

    /**
     * The importer a file name suggests: MAUDE bulk names ({@code mdrfoi}, {@code foidev}, {@code device},
     * {@code foitext}, {@code foidevproblem}), {@code .json} = openFDA, a Health Canada extract name, else CSV.
     */
    public static IncidentImporter forFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("\\.(zip|gz)$", "");
        if (name.contains("mdrfoi") || name.contains("foidev") || name.contains("foitext")
                || name.startsWith("device") && name.endsWith(".txt")) {
            return byId("maude").orElseThrow();
        }
        if (name.endsWith(".json")) {
            return byId("openfda").orElseThrow();
        }
        if (name.contains("healthcanada") || name.contains("mdi_incident")) {
            return byId("healthcanada").orElseThrow();
        }
        if (name.endsWith(".xlsx") || name.endsWith(".tsv")) {
            return byId("table").orElseThrow();
        }
        return byId("csv").orElseThrow();
    }

    /** Reads files with the importer their names suggest (the first file decides). */
    public static ImportResult read(List<Path> files, ImportOptions options) throws IOException {
        return forFile(files.get(0)).read(files, options);
    }
}
