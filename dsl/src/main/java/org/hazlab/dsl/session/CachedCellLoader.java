package org.hazlab.dsl.session;

import groovy.lang.GroovyClassLoader;

/**
 * Defines the classes of a cell read from a {@link CellCache}, as Groovy defines the classes it compiles: in a
 * loader of their own under the session's loader, so that once the cell ran and nothing refers to them they can
 * be collected with it, while classes the cell declares stay findable by name through the session's loader.
 */
final class CachedCellLoader extends GroovyClassLoader.InnerLoader {

    CachedCellLoader(CellClassLoader session) {
        super(session);
    }

    Class<?> define(String name, byte[] bytecode) {
        return defineClass(name, bytecode, 0, bytecode.length);
    }
}
