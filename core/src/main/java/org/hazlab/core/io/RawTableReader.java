package org.hazlab.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads one file format. Each format lives in its own package ({@code io.csv}, {@code io.xlsx}, {@code io.json})
 * behind the registry in {@code io.formats}, so adding a format touches nothing else. Readers stream records into a
 * {@link RawRowSink}, report bad records as problems and keep going; they throw only when the file cannot be read
 * at all.
 */
public interface RawTableReader {

    /** File name extensions this reader handles, lower case, without the dot. */
    Set<String> extensions();

    /** Streams the header and then every record of the file into the sink. */
    void read(Path file, ReadOptions options, RawRowSink sink) throws IOException;

    /** Reads the whole file into memory as text; convenient for small files and tests. */
    default RawTable read(Path file, ReadOptions options) throws IOException {
        CollectingRowSink sink = new CollectingRowSink();
        read(file, options, sink);
        return sink.table();
    }
}
