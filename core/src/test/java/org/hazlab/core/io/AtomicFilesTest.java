package org.hazlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }

    @Test
    void writesIntoNewFoldersAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("reports/out.md");
        AtomicFiles.writeString(target, "# Report\nHôpital\n");
        assertEquals("# Report\nHôpital\n", Files.readString(target));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
        assertEquals(List.of(dir.resolve("reports")), files());
    }

    @Test
    void aFailedWriteKeepsTheOldFileWhole() throws IOException {
        Path target = dir.resolve("data.csv");
        AtomicFiles.writeString(target, "old,content\n");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("new,partial");
            throw new IOException("disk full");
        }));
        assertEquals("old,content\n", Files.readString(target));
        assertEquals(List.of(target), files(), "the temporary file is removed");
    }

    @Test
    void returnsWhatTheContentReturns() throws IOException {
        Integer lines = AtomicFiles.write(dir.resolve("n.txt"), out -> {
            out.write("a\nb\n");
            return 2;
        });
        assertEquals(2, lines);
    }
}
