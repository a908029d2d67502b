package org.hazlab.core.io;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Matching of the headers people write ("Hazard ID", "Sev.", "hazard_id") onto field names: case, accents,
 * spaces and punctuation are ignored, so "Sev." and "sev" are the same header.
 */
public final class HeaderNames {

    private HeaderNames() {
    }

    public static String normalise(String header) {
        if (isAscii(header)) {
            StringBuilder key = new StringBuilder(header.length());
            for (int i = 0; i < header.length(); i++) {
                char c = header.charAt(i);
                if (c >= 'A' && c <= 'Z') {
                    key.append((char) (c + ('a' - 'A')));
                } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    key.append(c);
                }
            }
            return key.toString();
        }
        String folded = Normalizer.normalize(header.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
