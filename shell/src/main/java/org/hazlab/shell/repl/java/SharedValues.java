package org.hazlab.shell.repl.java;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hand-over point between the Groovy binding and JShell. JShell's local execution engine runs snippets in
 * this JVM, in a class loader whose parent sees hazlab's classes, so a snippet can read an object registered here
 * by name and put its own results back: the same table object, not a copy or a string.
 */
public final class SharedValues {

    private static final Map<String, Object> VALUES = new ConcurrentHashMap<>();
    private static final Object NULL = new Object();

    private SharedValues() {
    }

    /** Called by generated snippets: the value registered under the name. */
    public static Object get(String name) {
        Object value = VALUES.get(name);
        return value == NULL ? null : value;
    }

    /** Called by generated snippets and by the bridge: registers a value under the name. */
    public static void put(String name, Object value) {
        VALUES.put(name, value == null ? NULL : value);
    }

    /** Removes and returns a value (null when absent). */
    static Object take(String name) {
        Object value = VALUES.remove(name);
        return value == NULL ? null : value;
    }
}
