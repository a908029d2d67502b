package org.hazlab.dsl.session;

import groovy.lang.GroovySystem;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.hazlab.core.io.AtomicFiles;

/**
 * Compiled cells kept in a folder between runs, so that a script run again (a scheduled periodic review, the
 * same notebook rerun) skips the Groovy compiler, whose first cell costs about half a second of a run's
 * start-up. Purely a speed-up: a cell found here behaves exactly as the same text compiled, and a cache that
 * cannot be read or written (a read-only folder, a full disk, a damaged entry) just means compiling, silently.
 *
 * <p>What a cell compiles to depends on the cells before it (their imports, the classes they declare), so each
 * cell's entry is found by a key chained over every code cell since the session started: a change to a cell
 * compiles that cell and the cells after it again, and the cells before it still come from here. The key also
 * covers the toolchain (hazlab's jar, Groovy's and Java's versions), so a rebuilt hazlab never runs what an
 * older build compiled. The folder keeps the {@value #KEEP} entries used last, and never drops one the running
 * session wrote or used: a script of more cells than that would otherwise drop its own later cells' entries
 * before reaching them, and compile every cell on every run.
 */
public final class CellCache {

    /** No cache: every cell is compiled. */
    public static final CellCache NONE = new CellCache(null, 0);

    /** How many entries a folder keeps; the ones used longest ago go first. */
    static final int KEEP = 256;

    private static final String SUFFIX = ".cell";

    private final Path folder;
    private final int keep;
    private final String toolchain;
    /** Entries used or written since (with slack for file systems that keep whole seconds) are this run's. */
    private final FileTime opened = FileTime.fromMillis(System.currentTimeMillis() - 2000);

    private CellCache(Path folder, int keep) {
        this.folder = folder;
        this.keep = keep;
        this.toolchain = folder == null ? "" : toolchain();
    }

    /** A cache in {@code folder} (created when the first entry is written). */
    public static CellCache in(Path folder) {
        return in(folder, KEEP);
    }

    /** A cache in {@code folder} that keeps the {@code keep} entries used last. */
    static CellCache in(Path folder, int keep) {
        return new CellCache(folder.toAbsolutePath().normalize(), keep);
    }

    /** Whether this cache keeps anything ({@link #NONE} does not). */
    public boolean enabled() {
        return folder != null;
    }

    /** The key a session's first cell chains from, for cells compiled against {@code baseClass} with imports. */
    String start(String baseClass, List<String> defaultImports) {
        return hash("hazlab compiled cells 1\n" + toolchain + "\n" + baseClass + "\n" + defaultImports);
    }

    /** The key of a cell compiled as {@code className} from {@code source}, after the cell keyed {@code previous}. */
    static String next(String previous, String className, String source) {
        return hash(previous + "\n" + className + "\n" + source.length() + "\n" + source);
    }

    /** Whether an entry for {@code key} is there (not whether it is whole: {@link #find} checks that). */
    boolean has(String key) {
        return folder != null && Files.isRegularFile(entry(key));
    }

    /** The cell kept under {@code key}, if a whole entry is there; marks it as used. */
    Optional<CompiledCell> find(String key) {
        if (folder == null) {
            return Optional.empty();
        }
        Path file = entry(key);
        Optional<CompiledCell> cell;
        try {
            cell = CompiledCell.decode(Files.readAllBytes(file), key);
        } catch (IOException | SecurityException e) {
            return Optional.empty(); // gone or unreadable: compile instead
        }
        if (cell.isPresent()) {
            try {
                Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            } catch (IOException | SecurityException e) {
                // a folder this user may read but not write: the entry is used all the same
            }
        }
        return cell;
    }

    /**
     * Keeps {@code cell} under {@code key}, then drops the entries used longest ago past the number kept, but none
     * this run used.
     */
    void store(String key, CompiledCell cell) {
        if (folder == null) {
            return;
        }
        try {
            AtomicFiles.writeBytes(entry(key), cell.encode(key));
            prune();
        } catch (IOException | SecurityException e) {
            // a cache that cannot be written only means compiling again next time
        }
    }

    private void prune() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
            listing.forEach(entries::add);
        }
        if (entries.size() <= keep) {
            return;
        }
        record Dated(FileTime used, Path file) {
        }
        List<Dated> dated = new ArrayList<>();
        for (Path entry : entries) {
            try {
                FileTime used = Files.getLastModifiedTime(entry);
                if (used.compareTo(opened) < 0) {
                    dated.add(new Dated(used, entry));
                }
            } catch (NoSuchFileException e) {
                // another run pruned it
            }
        }
        dated.sort(java.util.Comparator.comparing(Dated::used));
        for (int i = 0; i < Math.min(dated.size(), entries.size() - keep); i++) {
            Files.deleteIfExists(dated.get(i).file());
        }
    }

    private Path entry(String key) {
        return folder.resolve(key + SUFFIX);
    }

    /**
     * What compiled the cells: Groovy's and Java's versions and hazlab's own classes (the jar's path, size and
     * time, or for classes in a folder, the time of the session's class file), so a rebuild misses every entry.
     */
    private static String toolchain() {
        StringBuilder text = new StringBuilder()
                .append("groovy ").append(GroovySystem.getVersion())
                .append(", java ").append(Runtime.version().feature());
        try {
            CodeSource source = Session.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location != null && Files.isRegularFile(location)) {
                text.append(", ").append(location).append(' ').append(Files.size(location)).append(' ')
                        .append(Files.getLastModifiedTime(location).toMillis());
            } else if (location != null) {
                Path classFile = location.resolve(Session.class.getName().replace('.', '/') + ".class");
                text.append(", ").append(location).append(' ').append(Files.getLastModifiedTime(classFile).toMillis());
            }
        } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException e) {
            text.append(", unknown build ").append(System.nanoTime()); // no way to tell builds apart: never reuse
        }
        return text.toString();
    }

    private static String hash(String text) {
        return HexFormat.of().formatHex(CompiledCell.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
}
