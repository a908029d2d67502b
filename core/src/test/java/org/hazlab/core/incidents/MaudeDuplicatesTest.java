package org.hazlab.core.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hazlab.core.incidents.maude.MaudeImporter;
import org.hazlab.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged and repeated MAUDE master records, and the rule for a release's add and change files. */
class MaudeDuplicatesTest {

    private static final String HEADER = "MDR_REPORT_KEY|EVENT_KEY|REPORT_NUMBER|DATE_RECEIVED|EVENT_TYPE|DATE_OF_EVENT";

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, String.join("\r\n", lines).getBytes(StandardCharsets.ISO_8859_1));
        return file;
    }

    @Test
    void aLineWithANonNumericKeyIsRejectedAtItsOwnLine() throws Exception {
        Path master = write("mdrfoi.txt", HEADER, "1001||R1|03/31/2026|M|", "ABC||R2|03/31/2026|D|",
                "1003||R3|04/01/2026|IN|");
        ImportResult result = new MaudeImporter().read(List.of(master), ImportOptions.defaults());
        assertEquals(3, result.read());
        assertEquals(2, result.loaded());
        Problem reject = result.rejects().get(0);
        assertEquals(3, reject.location().line(), reject.format());
        assertTrue(reject.message().contains("not a number"), reject.format());
        assertEquals(EventType.MALFUNCTION, result.incidents().eventType(0), "the record above is untouched");
    }

    @Test
    void aConflictingDuplicateKeepsTheMoreSeriousVersionAndSaysWhere() throws Exception {
        Path master = write("mdrfoi.txt", HEADER, "1001||R1|03/31/2026|M|", "1002||R2|03/31/2026|M|",
                "1001||R1|03/31/2026|D|");
        ImportResult result = new MaudeImporter().read(List.of(master), ImportOptions.defaults());
        assertEquals(2, result.incidents().size());
        assertEquals(EventType.DEATH, result.incidents().eventType(0), "a death does not disappear");
        Problem warning = result.problems().stream().filter(p -> p.code().equals("maude-conflicting-duplicate"))
                .findFirst().orElseThrow();
        assertEquals(4, warning.location().line());
        assertTrue(warning.message().contains(master + ":2"), warning.message());
        assertTrue(warning.message().contains("kept the version here"), warning.message());
        assertEquals(result.read(), result.loaded() + result.rejected());
    }

    @Test
    void theChangeFileOfAReleaseReplacesTheEarlierVersionWhateverTheOrderGiven() throws Exception {
        Path change = write("mdrfoiChange.txt", HEADER, "1001||R1|03/31/2026|IN|");
        Path base = write("mdrfoiThru2025.txt", HEADER, "1001||R1|03/31/2026|D|", "1002||R2|03/31/2026|M|");
        Path add = write("mdrfoiAdd.txt", HEADER, "1003||R3|04/02/2026|M|");
        ImportResult result = new MaudeImporter().read(List.of(change, add, base), ImportOptions.defaults());
        assertEquals(3, result.incidents().size());
        assertEquals("1001", result.incidents().id(0));
        assertEquals(EventType.INJURY, result.incidents().eventType(0), "the change file's correction wins");
        assertTrue(result.problems().stream().anyMatch(p -> p.code().equals("maude-changed")
                && p.message().contains(base + ":2")), result.problems().toString());
    }

    @Test
    void aTruncatedZipOfAMasterFileNamesTheFileAndTheRecordsRead() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 20000; i++) {
            text.append("\r\n").append(100000 + i).append("||R").append(i).append("|03/31/2026|M|");
        }
        Path zip = dir.resolve("mdrfoi2026.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("mdrfoi2026.txt"));
            out.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.closeEntry();
        }
        byte[] bytes = Files.readAllBytes(zip);
        Files.write(zip, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> new MaudeImporter().read(List.of(zip), ImportOptions.defaults()));
        assertTrue(e.getMessage().startsWith(zip + ": the archive is damaged or truncated after "), e.getMessage());
        long read = Long.parseLong(e.getMessage().replaceAll(".* after ([0-9]+) records.*", "$1"));
        assertTrue(read > 0 && read < 20000, e.getMessage());
    }

    @Test
    void anEmptyZipNamesTheFile() throws Exception {
        Path zip = dir.resolve("mdrfoiEmpty.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.setComment("nothing");
        }
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> new MaudeImporter().read(List.of(zip), ImportOptions.defaults()));
        assertTrue(e.getMessage().contains(zip.toString()) && e.getMessage().contains("empty"), e.getMessage());
    }
}
