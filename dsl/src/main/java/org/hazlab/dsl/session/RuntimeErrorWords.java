package org.hazlab.dsl.session;

/**
 * Says the common run-time failures of a cell in words an analyst can act on ("a null value: cannot get property
 * 'b' on null object", "division by zero") instead of the JVM's class names; the JVM's own detail, which names the
 * method or property, follows. Failures it does not know keep their plain message.
 */
final class RuntimeErrorWords {

    private RuntimeErrorWords() {
    }

    /** The failure in words, or null when it is not one of the common ones. */
    static String of(Throwable e) {
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? "" : e.getMessage().strip();
        if (e instanceof NullPointerException) {
            return "a null value" + (detail.isEmpty() ? " was used" : ": " + lowerFirst(detail))
                    + " (use ?. or check the value first)";
        }
        if (e instanceof ArithmeticException) {
            return detail.isEmpty() ? "an arithmetic error" : lowerFirst(detail);
        }
        if (e instanceof IndexOutOfBoundsException) {
            return "index out of range" + (detail.isEmpty() ? "" : ": " + lowerFirst(detail));
        }
        if (e instanceof NumberFormatException) {
            return "not a number" + (detail.isEmpty() ? "" : ": " + lowerFirst(detail));
        }
        if (e instanceof ClassCastException) {
            return "a value of the wrong type" + (detail.isEmpty() ? "" : ": " + lowerFirst(detail));
        }
        if (e instanceof StackOverflowError) {
            return "the cell calls itself too deeply (stack overflow): is a recursion missing its end?";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory: give hazlab more heap (HAZLAB_HEAP=6g ./hazlab ...) or load less at once";
        }
        return null;
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
