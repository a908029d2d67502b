package org.hazlab.shell.repl.complete;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** File and folder names for commands that take a file ({@code :load}, {@code :save}, {@code :open}, {@code :step}). */
public final class FileNames {

    private FileNames() {
    }

    /** Paths starting with the typed prefix; folders end with a slash so the user can go on typing. */
    public static List<String> matching(String typed) {
        int slash = typed.lastIndexOf('/');
        String folderPart = slash >= 0 ? typed.substring(0, slash + 1) : "";
        String namePart = typed.substring(slash + 1);
        Path folder = Path.of(folderPart.isEmpty() ? "." : folderPart);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            entries.sorted().forEach(entry -> {
                String name = entry.getFileName().toString();
                if (name.startsWith(namePart) && (!name.startsWith(".") || namePart.startsWith("."))) {
                    out.add(folderPart + name + (Files.isDirectory(entry) ? "/" : ""));
                }
            });
        } catch (IOException e) {
            return out;
        }
        return out;
    }
}
