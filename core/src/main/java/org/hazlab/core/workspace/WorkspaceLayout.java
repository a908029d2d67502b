package org.hazlab.core.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.hazlab.core.io.formats.RawTableReaders;

/**
 * The conventional file names of a workspace without a manifest: {@code items}, {@code hazards} (or
 * {@code hazard-log}), {@code controls} (or {@code risk-controls}), and the optional {@code requirements}, {@code verifications}
 * and {@code evidence} (or {@code activity-evidence}) with any supported extension, {@code policy.json},
 * and every file whose name starts with {@code incidents}.
 */
final class WorkspaceLayout {

    static final Map<String, List<String>> BASE_NAMES = Map.of(
            "items", List.of("items", "software-items", "software_items"),
            "hazards", List.of("hazards", "hazard-log", "hazard_log", "hazardlog"),
            "controls", List.of("controls", "risk-controls", "risk_controls"),
            "requirements", List.of("requirements", "software-requirements", "software_requirements"),
            "verifications", List.of("verifications", "verification", "tests", "test-cases"),
            "evidence", List.of("evidence", "activity-evidence", "activity_evidence"));

    private WorkspaceLayout() {
    }

    /** Files in the folder whose base name is one of the conventional names of a table, sorted. */
    static List<Path> candidates(Path folder, String table) throws IOException {
        List<String> names = BASE_NAMES.get(table);
        return listSupported(folder).stream()
                .filter(file -> names.contains(baseName(file)))
                .toList();
    }

    static List<Path> incidentFiles(Path folder) throws IOException {
        return listSupported(folder).stream()
                .filter(file -> baseName(file).startsWith("incidents"))
                .toList();
    }

    private static List<Path> listSupported(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(Files::isRegularFile)
                    .filter(file -> RawTableReaders.forFile(file).isPresent())
                    .sorted()
                    .forEach(files::add);
        }
        return files;
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
