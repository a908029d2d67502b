package org.hazlab.dsl.session;

import groovy.lang.GroovyClassLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Defines the classes of a cell read from a {@link CellCache}, as Groovy defines the classes it compiles: in a
 * loader of their own under the session's loader, so that once the cell ran and nothing refers to them they can
 * be collected with it, while classes the cell declares stay findable by name through the session's loader.
 * A class is defined when it is first needed, whatever order the entry lists them in (Groovy writes superclasses
 * first; this does not rely on it).
 */
final class CachedCellLoader extends GroovyClassLoader.InnerLoader {

    private final Map<String, byte[]> pending = new LinkedHashMap<>();

    CachedCellLoader(CellClassLoader session, List<CompiledCell.ClassBytes> classes) {
        super(session);
        classes.forEach(type -> pending.put(type.name(), type.bytes()));
    }

    /** Defines every class of the cell, in order; each is defined once, whoever asks first. */
    synchronized Map<String, Class<?>> defineAll() throws ClassNotFoundException {
        Map<String, Class<?>> defined = new LinkedHashMap<>();
        for (String name : List.copyOf(pending.keySet())) {
            defined.put(name, loadClass(name, false, true, false));
        }
        return defined;
    }

    /** What the JVM asks for a superclass while defining a class (Groovy's loader sends it to the session's). */
    @Override
    public synchronized Class<?> loadClass(String name) throws ClassNotFoundException {
        return loadClass(name, false, true, false);
    }

    @Override
    public synchronized Class loadClass(String name, boolean lookupScriptFiles, boolean preferClassOverScript,
                                        boolean resolve) throws ClassNotFoundException {
        byte[] bytecode = pending.remove(name);
        if (bytecode != null) {
            return defineClass(name, bytecode, 0, bytecode.length);
        }
        return super.loadClass(name, lookupScriptFiles, preferClassOverScript, resolve);
    }
}
