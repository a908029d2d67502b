package org.hazlab.core.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides how a text file is encoded and opens it. Hazard logs come out of Excel on Windows as windows-1252 as
 * often as UTF-8, with or without a byte-order mark; guessing wrong mangles names like "Hôpital". The rule:
 * a declared charset wins; else a BOM decides; else the file is UTF-8 if every byte sequence is valid UTF-8;
 * else it is read as windows-1252 (Latin-1 with printable 0x80-0x9F), and the caller notes that it was detected.
 */
public final class TextDecoding {

    /** Encoding used when a file is not valid UTF-8 and none was declared. */
    public static final Charset LATIN_FALLBACK = Charset.forName("windows-1252");

    private static final int SNIFF_BUFFER = 1 << 16;

    /** The chosen encoding, whether it was detected rather than declared, and how many BOM bytes to skip. */
    public record Decision(Charset charset, boolean detected, int bomLength) {
        public String describe() {
            String name = charset.name();
            if (bomLength > 0) {
                return name + " with BOM";
            }
            return detected && !charset.equals(StandardCharsets.UTF_8) ? name + " (detected: not valid UTF-8)" : name;
        }
    }

    private TextDecoding() {
    }

    public static Decision decide(Path file, Charset declared) throws IOException {
        byte[] head = readHead(file, 4);
        int bom = bomLength(head);
        if (declared != null) {
            boolean bomMatches = bom == 3 && declared.equals(StandardCharsets.UTF_8);
            return new Decision(declared, false, bomMatches ? 3 : 0);
        }
        if (bom == 3) {
            return new Decision(StandardCharsets.UTF_8, true, 3);
        }
        if (bom == 2) {
            Charset utf16 = (head[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return new Decision(utf16, true, 2);
        }
        return new Decision(isValidUtf8(file) ? StandardCharsets.UTF_8 : LATIN_FALLBACK, true, 0);
    }

    /** Opens the file with the decided encoding, past any byte-order mark. */
    public static BufferedReader open(Path file, Decision decision) throws IOException {
        InputStream in = Files.newInputStream(file);
        long skipped = in.skip(decision.bomLength());
        if (skipped != decision.bomLength()) {
            in.close();
            throw new IOException("could not skip the byte-order mark of " + file);
        }
        CharsetDecoder decoder = decision.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, decoder), SNIFF_BUFFER);
    }

    private static int bomLength(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return 2;
        }
        return 0;
    }

    private static byte[] readHead(Path file, int count) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(count);
        }
    }

    /** Streams the whole file through a strict decoder; stops at the first invalid sequence. */
    private static boolean isValidUtf8(Path file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[SNIFF_BUFFER];
            ByteBuffer pending = ByteBuffer.allocate(SNIFF_BUFFER + 8);
            java.nio.CharBuffer sink = java.nio.CharBuffer.allocate(SNIFF_BUFFER + 8);
            int read;
            while ((read = in.read(chunk)) > 0) {
                pending.put(chunk, 0, read).flip();
                sink.clear();
                if (strict.decode(pending, sink, false).isError()) {
                    return false;
                }
                pending.compact();
            }
            pending.flip();
            sink.clear();
            return !strict.decode(pending, sink, true).isError() && !strict.flush(sink).isError();
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
