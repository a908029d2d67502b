package org.hazlab.shell.repl.java;

import java.lang.reflect.Modifier;

/**
 * The Java type a Groovy value is declared as in JShell: its own class when JShell can name and load it, else the
 * nearest public superclass or interface that it can (a Groovy script's class is invisible to JShell; its
 * {@code LinkedHashMap} is not), so that Java cells see tables and models with their real type.
 */
public final class JavaTypeName {

    private JavaTypeName() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "Object";
        }
        Class<?> type = value.getClass();
        if (!nameable(type)) {
            for (Class<?> collection : new Class<?>[] {java.util.List.class, java.util.Set.class,
                    java.util.Map.class, java.util.Collection.class, CharSequence.class}) {
                if (collection.isInstance(value)) {
                    return collection.getCanonicalName();
                }
            }
        }
        while (type != null && type != Object.class) {
            if (nameable(type)) {
                return type.getCanonicalName();
            }
            type = type.getSuperclass();
        }
        return "Object";
    }

    private static boolean nameable(Class<?> type) {
        if (!Modifier.isPublic(type.getModifiers()) || type.isAnonymousClass() || type.isSynthetic()
                || type.getCanonicalName() == null || type.getTypeParameters().length > 0 && type.isArray()) {
            return false;
        }
        if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
            return false;
        }
        return visible(type.getClassLoader()) && type.getPackageName().indexOf("internal") < 0;
    }

    private static boolean visible(ClassLoader loader) {
        if (loader == null) {
            return true;
        }
        for (ClassLoader system = ClassLoader.getSystemClassLoader(); system != null; system = system.getParent()) {
            if (system == loader) {
                return true;
            }
        }
        return false;
    }
}
