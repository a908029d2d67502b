package org.hazlab.core.incidents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one incident data format into an {@link IncidentStore}. One implementation per format, each in its own
 * package, found through {@link IncidentImporters}; a new source is a new importer, not a new branch in one.
 */
public interface IncidentImporter {

    /** Short id used on the command line and in the DSL ("maude", "openfda", "healthcanada", "csv"). */
    String id();

    /** One line for help texts. */
    String description();

    /**
     * Reads the files (for MAUDE the master, device, text and problem files of one set; otherwise one or more
     * files of the same format, concatenated). Bad records are rejected with their location, never thrown.
     *
     * @throws IOException when a file cannot be read at all
     */
    ImportResult read(List<Path> files, ImportOptions options) throws IOException;
}
