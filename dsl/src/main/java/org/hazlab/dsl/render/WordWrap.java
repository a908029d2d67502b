package org.hazlab.dsl.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Text broken at spaces into lines that fit a terminal: the one line breaker of the renderer's notes, the shell's
 * banner and {@code :explain}. A word longer than the width stays whole on its own line rather than being cut;
 * runs of spaces inside a line are kept.
 */
public final class WordWrap {

    private WordWrap() {
    }

    /** The lines of {@code text} of at most {@code width} characters; continuation lines start with {@code indent}. */
    public static List<String> lines(String text, int width, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && !line.toString().equals(indent) && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(indent);
            }
            if (line.length() > 0 && !line.toString().equals(indent)) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
