package org.hazlab.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The SHA-256 of files for the audit trail (a review's inputs, the script that ran). On a million-report incident
 * file the digest takes seconds (more under the C1 compiler, which has no SHA intrinsic), so a caller that knows a
 * digest will be wanted can {@link #prefetch} it: the files are then hashed on a background thread while the
 * caller goes on (a review: counting, statistics, triggers) on the other core. A prefetched digest is used once,
 * and only when the file's size and modification time are still those it was hashed at; otherwise it is computed
 * again. Big files are hashed by a {@link DigestWorker} when this JVM runs without the optimising compiler.
 */
public final class FileDigests {

    private record Version(long size, FileTime modified) {
        static Version of(Path file) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Version(attributes.size(), attributes.lastModifiedTime());
        }
    }

    private record Pending(Version version, CompletableFuture<String> digest) {
    }

    private static final Map<Path, Pending> PREFETCHED = new ConcurrentHashMap<>();

    private FileDigests() {
    }

    /** Starts hashing the regular files among {@code files}, in order, on a daemon thread; others are ignored. */
    public static void prefetch(Collection<Path> files) {
        List<Path> wanted = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        for (Path file : files) {
            Path key = file.toAbsolutePath().normalize();
            try {
                if (!Files.isRegularFile(key) || PREFETCHED.containsKey(key)) {
                    continue;
                }
                Pending entry = new Pending(Version.of(key), new CompletableFuture<>());
                PREFETCHED.put(key, entry);
                wanted.add(key);
                pending.add(entry);
            } catch (IOException e) {
                // unreadable now: hashed (and reported) when it is asked for
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        Thread thread = new Thread(() -> {
            long bytes = pending.stream().mapToLong(p -> p.version().size()).sum();
            List<String> fromWorker = DigestWorker.worthIt(bytes) ? DigestWorker.sha256(wanted).orElse(null) : null;
            for (int i = 0; i < wanted.size(); i++) {
                try {
                    pending.get(i).digest().complete(fromWorker != null ? fromWorker.get(i) : compute(wanted.get(i)));
                } catch (RuntimeException e) {
                    pending.get(i).digest().completeExceptionally(e);
                }
            }
        }, "hazlab-file-digests");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The lowercase hex SHA-256 of {@code file}: the prefetched one when the file has not changed since, else
     * computed now.
     *
     * @throws UncheckedIOException naming the file when it cannot be read
     */
    public static String sha256(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Pending pending = PREFETCHED.remove(key);
        if (pending != null) {
            try {
                if (pending.version().equals(Version.of(key))) {
                    return pending.digest().join();
                }
            } catch (IOException | CompletionException e) {
                // changed, gone or failed in the background: hash it here, where a failure is reported
            }
        }
        if (DigestWorker.worthIt(sizeOf(key))) {
            Optional<List<String>> fromWorker = DigestWorker.sha256(List.of(key));
            if (fromWorker.isPresent()) {
                return fromWorker.get().get(0);
            }
        }
        return compute(key);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // reported by compute
        }
    }

    /** Waits until a prefetched digest of {@code file} is computed, without using it (tests). */
    static void awaitPrefetched(Path file) {
        Pending pending = PREFETCHED.get(file.toAbsolutePath().normalize());
        if (pending != null) {
            pending.digest().join();
        }
    }

    private static String compute(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the file to hash it: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
