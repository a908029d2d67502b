package org.hazlab.shell.repl.complete;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The signatures of a value's public methods as a reader wants them at the prompt ({@code int rowCount()},
 * {@code Table where(Selection)}, varargs as {@code String...}), sorted by parameter count, for the descriptions
 * of Tab candidates and for the list Tab prints after {@code value.method(}.
 */
public final class MethodSignatures {

    private MethodSignatures() {
    }

    /** Every public signature of the method {@code name} on the value's class; empty when it has none. */
    public static List<String> of(Object value, String name) {
        return Arrays.stream(value.getClass().getMethods())
                .filter(m -> m.getName().equals(name) && !m.isSynthetic() && !m.isBridge()
                        && Modifier.isPublic(m.getDeclaringClass().getModifiers()))
                .sorted(java.util.Comparator.comparingInt(Method::getParameterCount)
                        .thenComparing(MethodSignatures::signature))
                .map(MethodSignatures::signature).distinct().toList();
    }

    /** {@code Table where(Selection)}. */
    public static String signature(Method method) {
        Class<?>[] types = method.getParameterTypes();
        String parameters = java.util.stream.IntStream.range(0, types.length).mapToObj(i ->
                method.isVarArgs() && i == types.length - 1 ? types[i].getComponentType().getSimpleName() + "..."
                        : types[i].getSimpleName()).collect(Collectors.joining(", "));
        return method.getReturnType().getSimpleName() + " " + method.getName() + "(" + parameters + ")";
    }
}
