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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashes big files in a short-lived process that has the processor's SHA instructions, when this JVM runs with the
 * C1 compiler alone: OpenSSL's {@code openssl dgst -sha256} when it is on the {@code PATH}, else a second JVM with
 * the optimising compiler.
 *
 * <p>Why: {@code hazlab run} starts with C1 only ({@code -XX:TieredStopAtLevel=1}), which suits short scripts, but
 * C1 has no SHA-256 intrinsic: the audit digest of a million-report incident file (330 MB) then costs about 3 s
 * of CPU, the largest single cost of a periodic review. A JVM with C2 hashes the same file in about 0.6 s of CPU,
 * start-up included, and OpenSSL in about 0.27 s (measured on a million-report file: the review 0.2 s sooner with
 * OpenSSL than with the JVM, on two cores that the review keeps busy). So for files big enough to repay the
 * start-up, the digest is asked of such a process; the digest is the standard SHA-256 either way. An answer is
 * used only when it is one digest per file, in order (OpenSSL's names each file, and must name the one asked);
 * anything else falls back to the next way: OpenSSL, the JVM, then the caller hashes in process, where an
 * unreadable file is reported by name.
 *
 * <p>{@code -Dhazlab.digest.worker=false} keeps every digest in process; {@code -Dhazlab.digest.openssl=false}
 * skips OpenSSL.
 */
final class DigestWorker {

    /** Below this many bytes in all, the worker's start-up (about 0.1 s) costs more than C1's slower digest. */
    static final long WORTHWHILE_BYTES = 32L << 20;

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
     * The lowercase hex SHA-256 of each file, in order, from OpenSSL or else the JVM worker; empty when neither
     * gave one digest per file (a file is unreadable, neither can be started, or the answer is malformed).
     */
    static Optional<List<String>> sha256(List<Path> files) {
        long bytes = 0;
        for (Path file : files) {
            bytes += sizeOf(file);
        }
        Optional<List<String>> digests = Optional.empty();
        if (!"false".equals(System.getProperty("hazlab.digest.openssl"))) {
            digests = ask(Worker.OPENSSL, files, bytes);
        }
        return digests.isPresent() ? digests : ask(Worker.JAVA, files, bytes);
    }

    /** The two ways out of process: their command lines and how each answers for one file. */
    enum Worker {
        /** {@code openssl dgst -sha256 -r FILE...}: "HEX *FILE" per file. */
        OPENSSL(Pattern.compile("([0-9a-f]{64}) \\*(.*)")),
        /** This class's {@link #main} in a JVM with C2: "HEX" per file. */
        JAVA(Pattern.compile("([0-9a-f]{64})()"));

        private final Pattern line;

        Worker(Pattern line) {
            this.line = line;
        }

        /** The command, or empty when it cannot be built here. */
        Optional<List<String>> command(List<Path> files) {
            List<String> command = new ArrayList<>();
            if (this == OPENSSL) {
                command.addAll(List.of("openssl", "dgst", "-sha256", "-r"));
            } else {
                Path java = Path.of(System.getProperty("java.home"), "bin", "java");
                if (!Files.isExecutable(java) && !Files.isExecutable(Path.of(java + ".exe"))) {
                    return Optional.empty();
                }
                command.addAll(List.of(java.toString(), "-XX:+UseSerialGC", "-Xmx64m", "-XX:TieredStopAtLevel=4",
                        "-cp", System.getProperty("java.class.path"), DigestWorker.class.getName()));
            }
            for (Path file : files) {
                command.add(file.toAbsolutePath().toString());
            }
            return Optional.of(command);
        }

        /** The digest in one line of the answer for {@code file}, or empty when the line is not its answer. */
        Optional<String> digest(String answer, Path file) {
            Matcher matcher = line.matcher(answer);
            if (!matcher.matches() || this == OPENSSL && !matcher.group(2).equals(file.toAbsolutePath().toString())) {
                return Optional.empty();
            }
            return Optional.of(matcher.group(1));
        }
    }

    /** Runs {@code worker} on the files: one digest per file, in order, or empty. */
    static Optional<List<String>> ask(Worker worker, List<Path> files, long bytes) {
        Optional<List<String>> command = worker.command(files);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Path answer = null;
        try {
            // the answer goes to a file, so that the time limit holds even if the worker never writes a line
            answer = Files.createTempFile("hazlab-digests", ".txt");
            Process process = new ProcessBuilder(command.get()).redirectOutput(answer.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.getOutputStream().close();
            // generous: a slow disk reads 20 MB/s
            long seconds = 30 + bytes / (20L << 20);
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(answer, StandardCharsets.UTF_8);
            if (process.exitValue() != 0 || lines.size() != files.size()) {
                return Optional.empty();
            }
            List<String> digests = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Optional<String> digest = worker.digest(lines.get(i), files.get(i));
                if (digest.isEmpty()) {
                    return Optional.empty();
                }
                digests.add(digest.get());
            }
            return Optional.of(List.copyOf(digests));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // cannot start (no openssl on the PATH), or an answer that is not text
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
