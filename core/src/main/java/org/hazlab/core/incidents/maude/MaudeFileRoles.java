package org.hazlab.core.incidents.maude;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Which file of a MAUDE release a path is (master, device, text, device problem) and where it stands in the
 * release (base, add, change). Users rename the bulk files, so the role comes from the name when it says so and
 * from the header otherwise; the importer only asks.
 */
final class MaudeFileRoles {

    private MaudeFileRoles() {
    }

    /** Which of the four MAUDE files a path is, from its name (and for device files, not a problem file). */
    static String role(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.contains("problem")) {
            return "foidevproblem";
        }
        if (name.startsWith("mdrfoi") || name.contains("master")) {
            return "mdrfoi";
        }
        if (name.contains("text")) {
            return "foitext";
        }
        if (name.contains("dev")) {
            return "device";
        }
        return roleFromHeader(file);
    }

    /** The role of a renamed MAUDE file from its header (or, for headerless text files, its field count). */
    private static String roleFromHeader(Path file) {
        String first;
        try (java.io.BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            first = String.valueOf(reader.readLine()).toUpperCase(Locale.ROOT);
        } catch (IOException e) {
            first = "";
        }
        if (first.contains("MDR_TEXT_KEY") || first.contains("FOI_TEXT")) {
            return "foitext";
        }
        if (first.contains("DEVICE_PROBLEM_CODE")) {
            return "foidevproblem";
        }
        if (first.contains("DEVICE_EVENT_KEY") || first.contains("DEVICE_REPORT_PRODUCT_CODE")) {
            return "device";
        }
        if (first.contains("REPORT_NUMBER") || first.contains("EVENT_TYPE")) {
            return "mdrfoi";
        }
        String[] fields = first.split("\\|", -1);
        if (fields.length == 2) {
            return "foidevproblem";
        }
        if (fields.length == 6) {
            return "foitext";
        }
        throw new IllegalArgumentException(file + ": not a MAUDE file: neither its name (mdrfoi, foidev/device, "
                + "foitext, foidevproblem) nor its header says which MAUDE file it is");
    }

    /**
     * Order in which master files are applied: the base files (mdrfoi, mdrfoiThru), then the weekly add files,
     * then the change files, whose version of a report replaces the earlier one (docs/data-formats.md, "MAUDE
     * add and change files").
     */
    static int releaseOrder(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.contains("change") ? 2 : name.contains("add") ? 1 : 0;
    }
}
