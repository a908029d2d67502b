package org.hazlab.core.workspace;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Map;

/**
 * The optional {@code workspace.json}: names the files of a workspace and maps the user's own headers onto
 * hazlab's fields, so that a hazard log exported from Excel loads as it is. Without a manifest, files are found by
 * conventional names ({@link WorkspaceLayout}). Unknown keys are errors: a misspelt key must not be ignored.
 *
 * @param name      workspace name for reports; defaults to the folder name
 * @param system    the software system described by the workspace
 * @param policy    risk policy file, relative to the workspace; the built-in default when absent
 * @param items     the software items table
 * @param hazards   the hazard log
 * @param controls  the risk controls table
 * @param incidents incident files, each loaded into the incidents table
 * @param requirements  the optional software requirements table (docs/traceability.md)
 * @param verifications the optional verifications table
 * @param evidence      the optional activity evidence table
 */
public record WorkspaceManifest(String name, SystemEntry system, String policy, FileEntry items, FileEntry hazards,
                                FileEntry controls, List<FileEntry> incidents, FileEntry requirements,
                                FileEntry verifications, FileEntry evidence) {

    public WorkspaceManifest {
        incidents = incidents == null ? List.of() : List.copyOf(incidents);
    }

    /** An empty manifest, used when the workspace has none. */
    public static WorkspaceManifest none() {
        return new WorkspaceManifest(null, null, null, null, null, null, List.of(), null, null, null);
    }

    /**
     * The system section.
     *
     * @param id              short id of the system
     * @param name            display name
     * @param intendedPurpose intended purpose statement
     * @param attributes      further attributes used by comparison schemes (see docs/method.md)
     * @param kind            "standalone" (SaMD) or "embedded" (drives a device)
     * @param deviceClass     for embedded software, the EU MDR class of the device (I, IIa, IIb, III)
     * @param deviceClassRule the rule giving the device its class, e.g. "Annex VIII Rule 12"
     */
    public record SystemEntry(String id, String name, String intendedPurpose, Map<String, String> attributes,
                              String kind, String deviceClass, String deviceClassRule) {
        public SystemEntry {
            attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        }
    }

    /**
     * One file of the workspace and how to read it. Written either as a plain file name or as an object.
     *
     * @param file       path relative to the workspace folder
     * @param columns    the user's header to hazlab's field name
     * @param encoding   text encoding (e.g. windows-1252) when detection is not wanted
     * @param delimiter  field delimiter for text files (one character; "\t" for tab)
     * @param sheet      sheet name for workbooks
     * @param dateFormat pattern for dates (java.time, e.g. MM/dd/yyyy); ISO when absent
     */
    public record FileEntry(String file, Map<String, String> columns, String encoding, String delimiter,
                            String sheet, String dateFormat) {
        public FileEntry {
            columns = columns == null ? Map.of() : Map.copyOf(columns);
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static FileEntry ofFile(String file) {
            return new FileEntry(file, Map.of(), null, null, null, null);
        }
    }
}
