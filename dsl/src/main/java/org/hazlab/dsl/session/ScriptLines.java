package org.hazlab.dsl.session;

/**
 * Finds the user's script line in a stack trace. Cells are compiled as classes named with a fixed prefix, and
 * each cell's text is compiled at its own line of the file, so the first frame of such a class carries the
 * line of the user's file directly.
 */
final class ScriptLines {

    static final String CLASS_PREFIX = "HazlabCell";

    private ScriptLines() {
    }

    static int lineOf(StackTraceElement[] trace) {
        for (StackTraceElement element : trace) {
            if (element.getClassName().startsWith(CLASS_PREFIX) && element.getLineNumber() > 0) {
                return element.getLineNumber();
            }
        }
        return 0;
    }
}
