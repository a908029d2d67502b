package org.hazlab.core.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes output files so that readers never see half of one: the content goes to a temporary file beside the
 * target, which then replaces the target in one rename. A failed or interrupted run leaves the old file intact.
 * Every output hazlab writes (reports, artefacts, notebooks, generated data) goes through here.
 */
public final class AtomicFiles {

    /** What to write into the open writer; may return a summary of what was written. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Writes UTF-8 text atomically, creating the folder if needed. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> {
            out.write(text);
            return null;
        });
    }

    /** Writes through a UTF-8 writer atomically, creating the folder if needed; returns the content's result. */
    public static <T> T write(Path target, Content<T> content) throws IOException {
        return replace(target, temporary -> {
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                return content.writeTo(out);
            }
        });
    }

    /** Writes bytes atomically, creating the folder if needed. */
    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        replace(target, temporary -> {
            Files.write(temporary, bytes);
            return null;
        });
    }

    @FunctionalInterface
    private interface TemporaryWriter<T> {
        T writeTo(Path temporary) throws IOException;
    }

    private static <T> T replace(Path target, TemporaryWriter<T> writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".partial");
        try {
            T result = writer.writeTo(temporary);
            readableByAll(temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Temporary files are created owner-only; an output is an ordinary file (rw-r--r--) once in place. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
