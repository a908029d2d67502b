package org.hazlab.dsl.session;

import groovy.lang.GroovyClassLoader;
import org.codehaus.groovy.control.CompilerConfiguration;

/**
 * The class loader a session compiles its cells with. Groovy keeps every class it compiles in its loader's cache
 * by name, so that later code can refer to it; a cell's own script class (and its closures) is never referred to
 * by name, so keeping it would make memory grow with every cell of a long session. {@link #forgetCell} drops a
 * cell's script classes from the cache once the cell ran; they are collected when nothing the cell left behind
 * (a closure or method pointer in the binding) uses them; the session also drops their meta classes (about 50 KB
 * each, held softly by Groovy and so not freed by an ordinary collection) once the cell ran. Classes a cell declares ({@code class Dose {}}) stay.
 */
final class CellClassLoader extends GroovyClassLoader {

    CellClassLoader(ClassLoader parent, CompilerConfiguration config) {
        super(parent, config);
    }

    /** Keeps a class defined from a {@link CellCache} entry by name, as compiling it would have. */
    void remember(Class<?> type) {
        setClassCacheEntry(type);
    }

    /**
     * Forgets the script class of a cell, and its inner classes (closures), by the cell's class name.
     *
     * @return the classes forgotten, so their Groovy meta classes can be dropped once the cell ran
     */
    java.util.List<Class<?>> forgetCell(String cellClassName) {
        java.util.List<Class<?>> forgotten = new java.util.ArrayList<>();
        for (Class<?> loaded : getLoadedClasses()) {
            String name = loaded.getName();
            if (name.equals(cellClassName) || name.startsWith(cellClassName + "$")) {
                removeClassCacheEntry(name);
                forgotten.add(loaded);
            }
        }
        return forgotten;
    }
}
