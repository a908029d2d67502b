package org.hazlab.core.incidents.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.hazlab.core.incidents.ByteOrderMark;
import org.hazlab.core.incidents.SourceStreams;

/**
 * Recognises an incident file's format from its first bytes, so that a file keeps its meaning when it is
 * renamed ({@code export.csv} holding a Health Canada extract imports as Health Canada):
 * <ul>
 *   <li>a workbook ({@code .xlsx}) is a table;</li>
 *   <li>JSON whose top level has {@code results} or whose records carry openFDA's device-event keys
 *       ({@code mdr_report_key}, {@code event_type} with {@code device}) is openFDA (also one record per line,
 *       and inside {@code .zip}/{@code .gz}); other JSON is a table;</li>
 *   <li>pipe-delimited text with an {@code MDR_REPORT_KEY} header or a numeric first field is MAUDE;</li>
 *   <li>a header with {@code INCIDENT_ID} and {@code HAZARD_SEVERITY_CODE_E} or {@code PREF_NAME_CODE} is
 *       Health Canada;</li>
 *   <li>tab-separated text is a table; anything else delimited is hazlab's CSV.</li>
 * </ul>
 */
final class FormatSniffer {

    private static final int HEAD = 1 << 16;

    private FormatSniffer() {
    }

    static String formatOf(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return "table";
        }
        String head;
        try {
            head = head(file);
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            // a damaged archive: the importer its name suggests reports the damage with its location
            return name.contains(".json") ? "openfda" : name.contains("mdrfoi") || name.contains("foi") ? "maude"
                    : "csv";
        }
        return formatOfText(head, name);
    }

    static String formatOfText(String head, String name) {
        String text = ByteOrderMark.strip(head);
        if (looksLikeJson(text)) {
            boolean openFda = text.contains("\"results\"") || text.contains("\"mdr_report_key\"")
                    || text.contains("\"event_type\"") && text.contains("\"device\"");
            return openFda ? "openfda" : "table";
        }
        int end = text.indexOf('\n');
        String firstLine = (end < 0 ? text : text.substring(0, end)).strip();
        String upper = firstLine.toUpperCase(Locale.ROOT);
        if (count(firstLine, '|') >= 1) {
            String first = firstLine.substring(0, firstLine.indexOf('|')).strip();
            if (upper.contains("MDR_REPORT_KEY") || !first.isEmpty() && first.chars().allMatch(Character::isDigit)) {
                return "maude";
            }
        }
        if (upper.contains("INCIDENT_ID")
                && (upper.contains("HAZARD_SEVERITY_CODE_E") || upper.contains("PREF_NAME_CODE"))) {
            return "healthcanada";
        }
        if (name.endsWith(".json") || name.endsWith(".json.gz") || name.endsWith(".json.zip")) {
            return "openfda";
        }
        if (count(firstLine, '\t') > 0 && count(firstLine, '\t') >= count(firstLine, ',')) {
            return "table";
        }
        return "csv";
    }

    /** Whether the text opens a JSON value: its first non-blank character (after a byte order mark) is { or [. */
    static boolean looksLikeJson(String text) {
        String trimmed = ByteOrderMark.strip(text).stripLeading();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    /** The first bytes of the file (decompressed for .zip and .gz), as Latin-1 text (enough for signatures). */
    private static String head(Path file) throws IOException {
        try (InputStream in = SourceStreams.open(file)) {
            byte[] bytes = in.readNBytes(HEAD);
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }
}
