package org.hazlab.core.incidents.formats;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.hazlab.core.incidents.ImportProgress;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.problem.SourceLocation;

/**
 * Warns about a text incident file that does not end with a line break. A file cut off in its last field (an
 * interrupted download or copy) still parses when the cut falls in the last column: its last record is loaded
 * short, with nothing else to show for it, where every other cut is a located error (a wrong number of fields,
 * a quote never closed). Files written by tools end their last record with a line break, so its absence is said,
 * at the file's last line, and the record is kept as it stands (a warning: loaded + rejected still equals read).
 * Binary files (zip, gzip, xlsx), UTF-16 text and JSON, whose own readers notice a cut, are not looked at.
 */
final class FinalLineBreak {

    private static final int CHUNK = 1 << 20;
    /** How often the count of a cut file's lines is reported: every 64 chunks. */
    private static final long PROGRESS_STEP = 64L * CHUNK;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private FinalLineBreak() {
    }

    /**
     * One warning per text file among {@code files} whose last byte is not a line break; the count of such a
     * file's lines, which takes seconds at gigabytes, is reported to {@code progress} as it goes.
     */
    static List<Problem> missing(List<Path> files, ImportProgress progress) {
        List<Problem> warnings = new ArrayList<>();
        for (Path file : files) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                long size = channel.size();
                if (size == 0 || !isText(channel) || lastByte(channel, size) == '\n') {
                    continue;
                }
                warnings.add(Problem.warning("no-final-line-break",
                                SourceLocation.of(file.toString(), lastLine(channel, size, progress,
                                        file + ": counting lines")),
                                "the file does not end with a line break: its last record was loaded as it stands, "
                                        + "but it may have been cut off (an interrupted download or copy)")
                        .expected("a line break after the last record")
                        .hint("compare the file's size with the source's, or download it again").build());
            } catch (IOException e) {
                // the importer has read the file just now; one it cannot reopen is left to the reader's messages
            }
        }
        return warnings;
    }

    /**
     * Not zip or xlsx (PK), gzip (1f 8b), UTF-16 (a byte order mark; its line break is two bytes) or JSON (as
     * {@link FormatSniffer} tells it).
     */
    private static boolean isText(FileChannel channel) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(512);
        channel.read(head, 0);
        head.flip();
        if (head.remaining() >= 2) {
            int first = head.get(0) & 0xFF;
            int second = head.get(1) & 0xFF;
            if (first == 'P' && second == 'K' || first == 0x1F && second == 0x8B || first == 0xFE && second == 0xFF
                    || first == 0xFF && second == 0xFE) {
                return false;
            }
        }
        String text = new String(head.array(), 0, head.limit(), StandardCharsets.ISO_8859_1);
        return !FormatSniffer.looksLikeJson(text);
    }

    private static int lastByte(FileChannel channel, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0);
    }

    /**
     * The number of the file's last line: its line breaks plus one (read only when the break is missing). Counted
     * eight bytes at a time, since the file can be gigabytes: a byte is a line break where {@code word ^ LF} has
     * a zero byte, found exactly (no carry between bytes) and counted with {@link Long#bitCount}.
     */
    private static int lastLine(FileChannel channel, long size, ImportProgress progress, String label)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        long breaks = 0;
        for (long at = 0; at < size; ) {
            buffer.clear();
            int read = channel.read(buffer, at);
            if (read <= 0) {
                break;
            }
            breaks += lineBreaks(buffer.array(), read);
            at += read;
            if (at % PROGRESS_STEP < CHUNK || at >= size) {
                progress.progress(label, at, size);
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, breaks + 1);
    }

    /** The line feeds among the first {@code length} bytes. */
    static long lineBreaks(byte[] bytes, int length) {
        long count = 0;
        int i = 0;
        for (; i + Long.BYTES <= length; i += Long.BYTES) {
            long x = (long) LONGS.get(bytes, i) ^ LINE_FEEDS;
            long nonZero = ((x & LOW_SEVEN) + LOW_SEVEN) | x;
            count += Long.bitCount(~nonZero & HIGH_BITS);
        }
        for (; i < length; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }
}
