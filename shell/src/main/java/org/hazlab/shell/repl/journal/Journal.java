package org.hazlab.shell.repl.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hazlab.shell.repl.Language;
import org.hazlab.shell.repl.notebook.NotebookCell;

/**
 * The append-only journal of a session: every executed cell is written as one JSON line the moment it completes,
 * and forced to disk, so a shell that is killed (or a laptop that dies) loses nothing; {@code :recover} reads the
 * previous session's journal back. One file per session in the state folder's {@code journal/}; the newest
 * {@value #KEEP} are kept.
 */
public final class Journal implements AutoCloseable {

    /** Created with the first entry: Jackson's start-up is not on the way to the prompt. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final String PREFIX = "session-";
    /** Journals kept: the newest sessions; older ones are deleted when a new session writes its first cell. */
    static final int KEEP = 50;
    private static final java.util.concurrent.atomic.AtomicInteger SEQUENCE =
            new java.util.concurrent.atomic.AtomicInteger();

    private final Path folder;
    private final Path file;
    private FileChannel channel;

    private Journal(Path folder, Path file) {
        this.folder = folder;
        this.file = file;
    }

    /** A new journal in {@code stateDir/journal}; the file is created with the first cell. */
    public static Journal open(Path stateDir) {
        Path folder = stateDir.resolve("journal");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        Path file = folder.resolve(PREFIX + stamp + "-" + ProcessHandle.current().pid() + "-"
                + SEQUENCE.incrementAndGet() + ".jsonl");
        return new Journal(folder, file);
    }

    public Path file() {
        return file;
    }

    /** Appends one executed cell and forces it to disk. */
    public synchronized void append(int number, NotebookCell cell) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("cell", number);
        entry.put("language", cell.language().key());
        entry.put("source", cell.source());
        entry.put("ok", !cell.failed());
        try {
            if (channel == null) {
                Files.createDirectories(folder);
                prune();
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                        StandardOpenOption.WRITE);
            }
            byte[] line = (Json.MAPPER.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            channel.write(ByteBuffer.wrap(line));
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the session journal " + file, e);
        }
    }

    private void prune() {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> journals = files.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .sorted(Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed()).toList();
            for (Path old : journals.subList(Math.min(journals.size(), KEEP - 1), journals.size())) {
                Files.deleteIfExists(old);
            }
        } catch (IOException e) {
            // keeping old journals is harmless
        }
    }

    /** The most recent journal of another session, if any. */
    public Optional<Path> previous() {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX))
                    .filter(p -> !p.equals(file))
                    .max(Comparator.comparing((Path p) -> p.toFile().lastModified())
                            .thenComparing(p -> p.getFileName().toString(), Journal::byStamp));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** File names compare by stamp, then by sequence number as a number. */
    private static int byStamp(String a, String b) {
        return a.length() != b.length() && a.substring(0, 27).equals(b.substring(0, 27))
                ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }

    /** The cells of a journal file, in the order they ran; a torn last line (a kill mid-write) is skipped. */
    public static List<NotebookCell> read(Path journal) throws IOException {
        List<NotebookCell> cells = new ArrayList<>();
        for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                var node = Json.MAPPER.readTree(line);
                cells.add(new NotebookCell(false, Language.fromKey(node.path("language").asText()),
                        node.path("source").asText(), "", !node.path("ok").asBoolean(true)));
            } catch (IOException torn) {
                break;
            }
        }
        return cells;
    }

    @Override
    public synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the cells are already on disk
            }
        }
    }
}
