package org.hazlab.shell.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file so that readers never see half of it: the content goes to a temporary file beside the
 * target, which then replaces the target in one rename. A failed or interrupted run leaves the old file intact.
 */
final class AtomicFileWriter {

    /** What to write into the open writer. */
    @FunctionalInterface
    interface Content<T> {
        T writeTo(Writer out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    static <T> T write(Path target, Content<T> content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".partial");
        try {
            T result;
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                result = content.writeTo(out);
            }
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
}
