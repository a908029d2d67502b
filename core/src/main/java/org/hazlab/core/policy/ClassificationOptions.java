package org.hazlab.core.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The modelling choices of IEC 62304 A1 classification on which risk management plans disagree, kept in the
 * policy so that a workspace states which reading it follows and every output can say which options were in
 * force (docs/method.md, "Options"). The defaults follow the A1 text: the resulting possible harm is judged after
 * the external controls that lower severity, and labelling is not credited.
 *
 * @param harm            which severity step 3 ("the resulting possible harm") judges
 * @param creditLabelling whether labelling counts as a risk control external to the software system
 */
public record ClassificationOptions(HarmReading harm, boolean creditLabelling) {

    /** The documented defaults: harm after external controls, labelling not credited. */
    public static final ClassificationOptions DEFAULTS = new ClassificationOptions(HarmReading.AFTER_CONTROLS, false);

    public ClassificationOptions {
        harm = harm == null ? HarmReading.AFTER_CONTROLS : harm;
    }

    public ClassificationOptions withHarm(HarmReading reading) {
        return new ClassificationOptions(reading, creditLabelling);
    }

    public ClassificationOptions withCreditLabelling(boolean credit) {
        return new ClassificationOptions(harm, credit);
    }

    /** "harm after-controls, labelling not credited" as written into every output. */
    public String words() {
        return "harm " + harm.key() + " (" + harm.words() + "), labelling " + (creditLabelling ? "credited" : "not credited");
    }

    /**
     * Which severity the harm question of IEC 62304 4.3 (step 3 of Figure 3) is asked of.
     */
    public enum HarmReading {
        /**
         * The harm after the external risk control measures that lower severity (IEC 62304 A1 4.3: "the resulting
         * possible harm" once the risk after external controls is found unacceptable). The default.
         */
        AFTER_CONTROLS("after-controls", "the resulting possible harm after external controls"),
        /** The harm as estimated, before any control: the conservative reading, a named option. */
        BEFORE_CONTROLS("before-controls", "the harm as estimated before controls, the conservative reading");

        private final String key;
        private final String words;

        HarmReading(String key, String words) {
            this.key = key;
            this.words = words;
        }

        public String key() {
            return key;
        }

        public String words() {
            return words;
        }

        /** The other reading, for contested-item checks. */
        public HarmReading other() {
            return this == AFTER_CONTROLS ? BEFORE_CONTROLS : AFTER_CONTROLS;
        }

        /** Accepts the keys and "after", "before", "conservative", "default", ignoring case. */
        public static Optional<HarmReading> fromKey(String text) {
            if (text == null) {
                return Optional.empty();
            }
            String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
            return switch (key) {
                case "after-controls", "after", "after-external-controls", "default", "resulting" ->
                        Optional.of(AFTER_CONTROLS);
                case "before-controls", "before", "conservative", "as-estimated" -> Optional.of(BEFORE_CONTROLS);
                default -> Optional.empty();
            };
        }

        /** The keys, for messages. */
        public static String keys() {
            return String.join(", ", Arrays.stream(values()).map(HarmReading::key).toList());
        }
    }
}
