package org.hazlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit trail's file digests: right (a published vector, a second implementation), prefetched, never stale. */
class FileDigestsTest {

    @TempDir
    Path dir;

    @Test
    void theDigestOfAbcIsThePublishedOne() throws Exception {
        Path file = Files.writeString(dir.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
        // FIPS 180-2, appendix B.1
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", FileDigests.sha256(file));
    }

    @Test
    void aPrefetchedDigestIsTheOneComputedInOneGo() throws Exception {
        Path big = dir.resolve("incidents.csv");
        byte[] content = "IPC-MW0000001,2023-10-01,malfunction,FRN,FREE FLOW\n".repeat(200_000)
                .getBytes(StandardCharsets.UTF_8);
        Files.write(big, content);
        FileDigests.prefetch(List.of(big, dir.resolve("missing.csv"), dir));
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertEquals(expected, FileDigests.sha256(big));
        assertEquals(expected, FileDigests.sha256(dir.resolve(".").resolve("incidents.csv")), "the same file");
    }

    @Test
    void aFileChangedAfterItsPrefetchIsHashedAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("hazard-log.csv"), "id,title\nHZ-001,free flow\n");
        FileDigests.prefetch(List.of(file));
        FileDigests.awaitPrefetched(file); // the stale digest is ready: only the version check can refuse it
        Files.writeString(file, "id,title\nHZ-001,free flow\nHZ-002,over-infusion\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        String now = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertEquals(now, FileDigests.sha256(file));
        FileDigests.prefetch(List.of(file));
        FileDigests.awaitPrefetched(file);
        Files.writeString(file, "id,title\nHZ-009,changed\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        String changed = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertNotEquals(now, changed);
        assertEquals(changed, FileDigests.sha256(file), "the content at the time it is asked for");
    }

    @Test
    void anUnreadableFileIsNamed() {
        Path gone = dir.resolve("gone.csv");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> FileDigests.sha256(gone));
        assertTrue(e.getMessage().startsWith(gone.toAbsolutePath().normalize() + ": cannot read the file"),
                e.getMessage());
    }
}
