package org.hazlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest worker: a real second JVM, checked against a published vector and the in-process digest. */
class DigestWorkerTest {

    @TempDir
    Path dir;

    @Test
    void theWorkerGivesTheStandardDigestOfEachFileInOrder() throws Exception {
        Path abc = Files.writeString(dir.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
        byte[] random = new byte[3 * (1 << 20) + 17]; // several read buffers, not a multiple of 64
        new Random(62304).nextBytes(random);
        Path big = Files.write(dir.resolve("incidents with spaces.csv"), random);
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        Optional<List<String>> digests = DigestWorker.sha256(List.of(abc, big, empty));
        assertTrue(digests.isPresent(), "the worker ran");
        // FIPS 180-2 appendix B.1; the other two by the in-process digest
        assertEquals(List.of("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(random)),
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"), digests.get());
    }

    @Test
    void anUnreadableFileMakesTheWorkerGiveUpSoTheCallerReportsIt() throws Exception {
        Path abc = Files.writeString(dir.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
        assertEquals(Optional.empty(), DigestWorker.sha256(List.of(abc, dir.resolve("gone.csv"))));
        assertEquals(Optional.empty(), DigestWorker.sha256(List.of(dir)), "a folder");
    }

    @Test
    void onlyBigInputsInAJvmWithoutTheOptimisingCompilerGoToTheWorker() {
        long big = DigestWorker.WORTHWHILE_BYTES;
        assertTrue(DigestWorker.worthIt(big, Optional.of(1)), "C1 only");
        assertFalse(DigestWorker.worthIt(big - 1, Optional.of(1)), "too small to repay the start-up");
        assertFalse(DigestWorker.worthIt(big, Optional.of(4)), "this JVM has C2 and its intrinsic");
        assertFalse(DigestWorker.worthIt(big, Optional.empty()), "not HotSpot");
    }
}
