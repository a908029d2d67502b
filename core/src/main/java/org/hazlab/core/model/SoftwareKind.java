package org.hazlab.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the software of a workspace is, which decides which regulatory schemes apply to it: software that is
 * itself a medical device (standalone software, SaMD) is classified by IMDRF N12 and MDR Rule 11; software that
 * drives or influences a hardware device (embedded firmware) takes the device's class (MDR Annex VIII 3.3), and
 * the IMDRF SaMD categories do not apply to it.
 */
public enum SoftwareKind {
    /** Software that is a medical device on its own (SaMD). */
    STANDALONE("standalone"),
    /** Software that drives or influences the use of a hardware device. */
    EMBEDDED("embedded");

    private final String key;

    SoftwareKind(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Accepts the keys and "samd", "software-as-a-medical-device", "firmware", "in-device", ignoring case. */
    public static Optional<SoftwareKind> fromKey(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (key) {
            case "standalone", "stand-alone", "samd", "software-as-a-medical-device" -> Optional.of(STANDALONE);
            case "embedded", "firmware", "in-device", "simd", "software-in-a-medical-device" -> Optional.of(EMBEDDED);
            default -> Optional.empty();
        };
    }

    /** "standalone, embedded" for messages. */
    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(SoftwareKind::key).toList());
    }
}
