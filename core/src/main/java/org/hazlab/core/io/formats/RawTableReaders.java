package org.hazlab.core.io.formats;

import java.nio.file.Path;
import org.hazlab.core.io.RawTableReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.hazlab.core.io.csv.DelimitedTableReader;
import org.hazlab.core.io.json.JsonTableReader;
import org.hazlab.core.io.xlsx.XlsxTableReader;

/**
 * The registry of file formats hazlab reads, chosen by file extension. Kept as an explicit list rather than a
 * service lookup: the set of formats is part of the documented product (docs/data-formats.md).
 */
public final class RawTableReaders {

    private static final List<RawTableReader> READERS =
            List.of(new DelimitedTableReader(), new XlsxTableReader(), new JsonTableReader());

    private RawTableReaders() {
    }

    public static Optional<RawTableReader> forFile(Path file) {
        String extension = extensionOf(file);
        return READERS.stream().filter(reader -> reader.extensions().contains(extension)).findFirst();
    }

    /** The extensions of every supported format, sorted, for messages. */
    public static List<String> supportedExtensions() {
        TreeSet<String> all = new TreeSet<>();
        READERS.forEach(reader -> all.addAll(reader.extensions()));
        return List.copyOf(all);
    }

    public static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
