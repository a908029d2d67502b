package org.hazlab.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Hashes big files in a short-lived second JVM that has the optimising compiler, when this one runs with the C1
 * compiler alone.
 *
 * <p>Why: {@code hazlab run} starts with C1 only ({@code -XX:TieredStopAtLevel=1}), which suits short scripts, but
 * C1 has no SHA-256 intrinsic: the audit digest of a million-report incident file (330 MB) then costs about 3 s
 * of CPU, the largest single cost of a periodic review. A JVM with C2 hashes the same file with the processor's
 * SHA instructions in about 0.5 s, start-up included. So for files big enough to repay the start-up, the digest
 * is asked of such a JVM (the same Java runtime and class path, one line of hex per file on its standard output);
 * the digest is the standard SHA-256 either way. When the worker cannot run or answers anything but one digest per
 * file, the caller hashes in process, where an unreadable file is reported by name.
 *
 * <p>{@code -Dhazlab.digest.worker=false} turns the worker off.
 */
final class DigestWorker {

    /** Below this many bytes in all, the worker's start-up (about 0.1 s) costs more than C1's slower digest. */
    static final long WORTHWHILE_BYTES = 32L << 20;

    private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

    private DigestWorker() {
    }

    /** Whether hashing {@code totalBytes} is better done by the worker in this JVM. */
    static boolean worthIt(long totalBytes) {
        if (totalBytes < WORTHWHILE_BYTES || "false".equals(System.getProperty("hazlab.digest.worker"))) {
            return false;
        }
        return worthIt(totalBytes, tieredStopAtLevel());
    }

    /** The rule: big enough, and this JVM stops at the C1 compiler (levels 1 to 3). */
    static boolean worthIt(long totalBytes, Optional<Integer> tieredStopAtLevel) {
        return totalBytes >= WORTHWHILE_BYTES && tieredStopAtLevel.map(level -> level < 4).orElse(false);
    }

    /**
     * The lowercase hex SHA-256 of each file, in order, from the worker; empty when the worker failed (a file is
     * unreadable, Java cannot be started, or its answer is not one digest per file).
     */
    static Optional<List<String>> sha256(List<Path> files) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(java) && !Files.isExecutable(Path.of(java + ".exe"))) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:+UseSerialGC", "-Xmx64m",
                "-XX:TieredStopAtLevel=4", "-cp", System.getProperty("java.class.path"),
                DigestWorker.class.getName()));
        long bytes = 0;
        for (Path file : files) {
            command.add(file.toAbsolutePath().toString());
            bytes += sizeOf(file);
        }
        Path answer = null;
        try {
            // the answer goes to a file, so that the time limit holds even if the worker never writes a line
            answer = Files.createTempFile("hazlab-digests", ".txt");
            Process process = new ProcessBuilder(command).redirectOutput(answer.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            // generous: a slow disk reads 20 MB/s
            long seconds = 30 + bytes / (20L << 20);
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            List<String> digests = Files.readAllLines(answer, StandardCharsets.US_ASCII);
            boolean wellFormed = process.exitValue() == 0 && digests.size() == files.size()
                    && digests.stream().allMatch(d -> DIGEST.matcher(d).matches());
            return wellFormed ? Optional.of(List.copyOf(digests)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (answer != null) {
                try {
                    Files.deleteIfExists(answer);
                } catch (IOException e) {
                    answer.toFile().deleteOnExit();
                }
            }
        }
    }

    /** The worker: prints the SHA-256 of each file named, one per line; exit 1 on the first it cannot read. */
    public static void main(String[] args) {
        try {
            byte[] buffer = new byte[1 << 16];
            StringBuilder out = new StringBuilder();
            for (String name : args) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                try (InputStream in = Files.newInputStream(Path.of(name))) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        digest.update(buffer, 0, n);
                    }
                }
                out.append(HexFormat.of().formatHex(digest.digest())).append('\n');
            }
            System.out.print(out);
            System.out.flush();
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            System.exit(1);
        }
    }

    private static Optional<Integer> tieredStopAtLevel() {
        try {
            var diagnostics = ManagementFactory.getPlatformMXBean(com.sun.management.HotSpotDiagnosticMXBean.class);
            return Optional.of(Integer.parseInt(diagnostics.getVMOption("TieredStopAtLevel").getValue()));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty(); // not HotSpot: leave the digest in process
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
