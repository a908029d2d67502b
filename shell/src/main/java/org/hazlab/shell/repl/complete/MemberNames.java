package org.hazlab.shell.repl.complete;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What can follow {@code value.} for a value in the binding: its public methods ({@code rowCount()}, with a
 * bracket so the user sees it is a call), its bean properties as Groovy writes them ({@code name} for
 * {@code getName()}), record components, and the keys of a map.
 */
public final class MemberNames {

    private static final Set<String> HIDDEN = Set.of("wait", "notify", "notifyAll", "getClass", "hashCode",
            "getMetaClass", "setMetaClass", "invokeMethod", "getProperty", "setProperty");

    private MemberNames() {
    }

    public static Set<String> of(Object value) {
        Set<String> names = new TreeSet<>();
        if (value instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> names.add(String.valueOf(key)));
        }
        for (Method method : value.getClass().getMethods()) {
            String name = method.getName();
            if (HIDDEN.contains(name) || method.isSynthetic() || name.contains("$")
                    || !Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
                continue;
            }
            if (method.getParameterCount() == 0 && name.startsWith("get") && name.length() > 3) {
                names.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
            } else if (method.getParameterCount() == 0 && name.startsWith("is") && name.length() > 2) {
                names.add(Character.toLowerCase(name.charAt(2)) + name.substring(3));
            }
            names.add(name + (method.getParameterCount() == 0 ? "()" : "("));
        }
        return names;
    }
}
