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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The digest workers: the real OpenSSL and a real second JVM, checked against a published vector and the
 * in-process digest.
 */
class DigestWorkerTest {

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(DigestWorker.Worker.class)
    void eachWorkerGivesTheStandardDigestOfEachFileInOrder(DigestWorker.Worker worker) throws Exception {
        Path abc = Files.writeString(dir.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
        byte[] random = new byte[3 * (1 << 20) + 17]; // several read buffers, not a multiple of 64
        new Random(62304).nextBytes(random);
        Path big = Files.write(dir.resolve("incidents with spaces and a \\ backslash.csv"), random);
        Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
        Optional<List<String>> digests = DigestWorker.ask(worker, List.of(abc, big, empty), random.length);
        assertTrue(digests.isPresent(), worker + " ran");
        // FIPS 180-2 appendix B.1; the other two by the in-process digest
        List<String> expected = List.of(ABC, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(random)), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertEquals(expected, digests.get());
        assertEquals(expected, DigestWorker.sha256(List.of(abc, big, empty)).orElseThrow(), "the first that answers");
    }

    @ParameterizedTest
    @EnumSource(DigestWorker.Worker.class)
    void anUnreadableFileMakesTheWorkerGiveUpSoTheCallerReportsIt(DigestWorker.Worker worker) throws Exception {
        Path abc = Files.writeString(dir.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);
        assertEquals(Optional.empty(), DigestWorker.ask(worker, List.of(abc, dir.resolve("gone.csv")), 3));
        assertEquals(Optional.empty(), DigestWorker.ask(worker, List.of(dir), 0), "a folder");
        assertEquals(Optional.empty(), DigestWorker.sha256(List.of(abc, dir.resolve("gone.csv"))), "neither way");
    }

    @Test
    void aFileWhoseNameOpensslEscapesIsHashedByTheJvmWorker() throws Exception {
        // OpenSSL prints "\HEX *a\nb.txt" for a name with a line break: not an answer for the file asked
        Path odd = Files.writeString(dir.resolve("a\nb.txt"), "abc", StandardCharsets.US_ASCII);
        assertEquals(Optional.empty(), DigestWorker.ask(DigestWorker.Worker.OPENSSL, List.of(odd), 3));
        assertEquals(List.of(ABC), DigestWorker.sha256(List.of(odd)).orElseThrow());
    }

    @Test
    void anAnswerIsUsedOnlyWhenItIsTheDigestOfTheFileAsked() {
        Path file = dir.resolve("incidents.csv");
        String name = file.toAbsolutePath().toString();
        DigestWorker.Worker openssl = DigestWorker.Worker.OPENSSL;
        assertEquals(Optional.of(ABC), openssl.digest(ABC + " *" + name, file));
        assertEquals(Optional.empty(), openssl.digest(ABC + " *" + name + ".bak", file), "another file");
        assertEquals(Optional.empty(), openssl.digest(ABC + " " + name, file), "not binary mode");
        assertEquals(Optional.empty(), openssl.digest(ABC.toUpperCase() + " *" + name, file), "upper case");
        assertEquals(Optional.empty(), openssl.digest(ABC.substring(1) + " *" + name, file), "cut");
        assertEquals(Optional.empty(), openssl.digest("SHA2-256(" + name + ")= " + ABC, file), "without -r");
        assertEquals(Optional.of(ABC), DigestWorker.Worker.JAVA.digest(ABC, file));
        assertEquals(Optional.empty(), DigestWorker.Worker.JAVA.digest(ABC + " ", file));
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
