package org.hazlab.core.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * Reads one file format into a {@link RawTable}. Each format lives in its own package ({@code io.csv},
 * {@code io.xlsx}, {@code io.json}) behind {@link RawTableReaders}, so adding a format touches nothing else.
 * Readers report bad records as problems and keep going; they throw only when the file cannot be read at all.
 */
public interface RawTableReader {

    /** File name extensions this reader handles, lower case, without the dot. */
    Set<String> extensions();

    RawTable read(Path file, ReadOptions options) throws IOException;
}
