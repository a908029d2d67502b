package org.hazlab.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDecodingTest {

    @TempDir
    Path dir;

    private String readAll(Path file, TextDecoding.Decision decision) throws IOException {
        try (BufferedReader reader = TextDecoding.open(file, decision)) {
            StringBuilder text = new StringBuilder();
            int c;
            while ((c = reader.read()) >= 0) {
                text.append((char) c);
            }
            return text.toString();
        }
    }

    @Test
    void utf8WithBomIsDetectedAndTheBomSkipped() throws IOException {
        Path file = dir.resolve("bom.csv");
        byte[] body = "id\nHÔPITAL\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);
        TextDecoding.Decision decision = TextDecoding.decide(file, null);
        assertEquals(StandardCharsets.UTF_8, decision.charset());
        assertEquals(3, decision.bomLength());
        assertEquals("id\nHÔPITAL\n", readAll(file, decision));
    }

    @Test
    void latin1BytesAreDetectedAsWindows1252() throws IOException {
        Path file = dir.resolve("latin.csv");
        Files.write(file, "id\nHÔPITAL Saint-Jérôme\n".getBytes(Charset.forName("ISO-8859-1")));
        TextDecoding.Decision decision = TextDecoding.decide(file, null);
        assertEquals(TextDecoding.LATIN_FALLBACK, decision.charset());
        assertTrue(decision.detected());
        assertEquals("id\nHÔPITAL Saint-Jérôme\n", readAll(file, decision));
    }

    @Test
    void plainUtf8StaysUtf8EvenPastTheFirstBuffer() throws IOException {
        Path file = dir.resolve("long.csv");
        String text = "x".repeat(70_000) + "é\n";
        Files.writeString(file, text, StandardCharsets.UTF_8);
        TextDecoding.Decision decision = TextDecoding.decide(file, null);
        assertEquals(StandardCharsets.UTF_8, decision.charset());
        assertEquals(text, readAll(file, decision));
    }

    @Test
    void latin1ByteLateInALongFileIsStillFound() throws IOException {
        Path file = dir.resolve("late.csv");
        byte[] head = "y".repeat(200_000).getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 1];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9;
        Files.write(file, bytes);
        assertEquals(TextDecoding.LATIN_FALLBACK, TextDecoding.decide(file, null).charset());
    }

    @Test
    void declaredCharsetWins() throws IOException {
        Path file = dir.resolve("declared.csv");
        Files.write(file, "é".getBytes(StandardCharsets.UTF_8));
        TextDecoding.Decision decision = TextDecoding.decide(file, StandardCharsets.ISO_8859_1);
        assertEquals(StandardCharsets.ISO_8859_1, decision.charset());
        assertFalse(decision.detected());
    }
}
