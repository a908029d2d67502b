package org.hazlab.dsl.session;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.TreeSet;

/**
 * The public methods and bean properties of a type, as a Groovy user names them ({@code rowCount},
 * {@code name} for {@code getName()}): the candidates for "did you mean" when a cell calls a method or reads a
 * property the value does not have.
 */
final class MemberNames {

    private MemberNames() {
    }

    static List<String> methods(Class<?> type) {
        TreeSet<String> names = new TreeSet<>();
        if (type != null) {
            for (Method method : type.getMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && method.getDeclaringClass() != Object.class
                        && !method.isSynthetic() && !method.getName().contains("$")) {
                    names.add(method.getName());
                }
            }
        }
        return List.copyOf(names);
    }

    static List<String> properties(Class<?> type) {
        TreeSet<String> names = new TreeSet<>();
        if (type != null) {
            for (Method method : type.getMethods()) {
                String name = method.getName();
                if (method.getParameterCount() == 0 && method.getDeclaringClass() != Object.class) {
                    if (name.startsWith("get") && name.length() > 3) {
                        names.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
                    } else if (name.startsWith("is") && name.length() > 2) {
                        names.add(Character.toLowerCase(name.charAt(2)) + name.substring(3));
                    } else if (!name.contains("$")) {
                        names.add(name);   // records and Tablesaw's accessors: value.rowCount
                    }
                }
            }
        }
        return List.copyOf(names);
    }
}
