package org.hazlab.core.io;

import java.util.List;
import org.hazlab.core.problem.Problem;

/**
 * Receives a file's records as a reader splits them, so that a large file is typed row by row and never held
 * as text in memory. {@link #begin} comes first, once (with an empty header for an empty file); then rows,
 * rejections and notes in file order.
 */
public interface RawRowSink {

    /** The file's name in messages, its encoding (empty for binary formats) and its header. */
    void begin(String source, String encoding, List<String> headers, List<Integer> columnNumbers, int headerLine);

    /** One record split into cells aligned with the header. */
    void row(RawRow row);

    /** One record that could not be split; it counts as read and rejected. */
    void rejected(Problem problem);

    /** A problem that is not about one record (an encoding note, for instance). */
    void note(Problem problem);
}
