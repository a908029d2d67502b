package org.hazlab.core.incidents;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Opens an incident file as a stream, decompressing on the fly the way the agencies publish them: FDA's MAUDE
 * and openFDA downloads are {@code .zip} archives holding one file, some mirrors use {@code .gz}. The archive is
 * never unpacked to disk or memory. {@link Counted#rawBytes()} says how far into the file (compressed bytes)
 * reading has got, for progress against {@code Files.size}.
 */
public final class SourceStreams {

    private SourceStreams() {
    }

    /** An open stream and a count of the file's bytes consumed so far. */
    public static final class Counted extends FilterInputStream {
        private final CountingStream raw;

        Counted(InputStream decoded, CountingStream raw) {
            super(decoded);
            this.raw = raw;
        }

        public long rawBytes() {
            return raw.count;
        }
    }

    public static Counted open(Path file) throws IOException {
        CountingStream raw = new CountingStream(Files.newInputStream(file));
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            ZipInputStream zip = new ZipInputStream(raw);
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null && entry.isDirectory()) {
                // skip folders
            }
            if (entry == null) {
                zip.close();
                throw new IOException(file + ": empty zip archive");
            }
            return new Counted(zip, raw);
        }
        if (name.endsWith(".gz")) {
            return new Counted(new GZIPInputStream(raw, 1 << 16), raw);
        }
        return new Counted(raw, raw);
    }

    static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
