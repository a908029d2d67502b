package org.hazlab.shell.repl.complete;

import groovy.transform.NamedParam;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hazlab.dsl.HazlabScript;
import org.hazlab.dsl.session.SessionScript;

/**
 * The DSL's words and their named arguments, read from the DSL's base script class by reflection, so completion
 * and highlighting follow the DSL as it grows without a list to keep in step: every public method the DSL
 * declares is a verb, its getters are words too ({@code getToday} is {@code today}), and Groovy's
 * {@code @NamedParam} annotations on a Map parameter name the verb's named arguments.
 */
public final class DslVocabulary {

    /** The closures' delegates whose words are typed inside {@code system { }}, {@code whatIf { }}, {@code sweep { }}. */
    private static final List<String> DELEGATES = List.of("org.hazlab.dsl.SystemSpec", "org.hazlab.dsl.ScenarioSpec",
            "org.hazlab.dsl.SweepSpec");

    /** Built on first use: reflecting on the base script loads the Groovy runtime, which the prompt need not wait for. */
    private static final class Standard {
        static final DslVocabulary INSTANCE = new DslVocabulary(HazlabScript.class, delegates());
    }

    private static Class<?>[] delegates() {
        return DELEGATES.stream().map(name -> {
            try {
                return Class.forName(name);
            } catch (ClassNotFoundException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).toArray(Class<?>[]::new);
    }

    private final Map<String, Set<String>> verbs = new TreeMap<>();

    /**
     * @param scriptClass the DSL's base script class (its own public methods are words)
     * @param delegates   classes whose own public methods are words inside the DSL's closures
     */
    public DslVocabulary(Class<?> scriptClass, Class<?>... delegates) {
        List<Method> methods = new java.util.ArrayList<>(List.of(scriptClass.getMethods()));
        for (Class<?> delegate : delegates) {
            methods.addAll(List.of(delegate.getDeclaredMethods()));
        }
        for (Method method : methods) {
            Class<?> owner = method.getDeclaringClass();
            boolean dslOwner = SessionScript.class.isAssignableFrom(owner) && owner != SessionScript.class
                    || List.of(delegates).contains(owner);
            if (!dslOwner || !Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                    || method.isSynthetic() || method.getName().contains("$")) {
                continue;
            }
            String word = word(method);
            Set<String> named = verbs.computeIfAbsent(word, w -> new TreeSet<>());
            for (Parameter parameter : method.getParameters()) {
                for (NamedParam param : parameter.getAnnotationsByType(NamedParam.class)) {
                    named.add(param.value());
                }
            }
        }
    }

    /** The vocabulary of the hazlab DSL. */
    public static DslVocabulary standard() {
        return Standard.INSTANCE;
    }

    private static String word(Method method) {
        String name = method.getName();
        if (method.getParameterCount() == 0 && name.startsWith("get") && name.length() > 3) {
            return Character.toLowerCase(name.charAt(3)) + name.substring(4);
        }
        return name;
    }

    public Set<String> words() {
        return verbs.keySet();
    }

    /** The named arguments of a verb, empty when it has none or is not a verb. */
    public List<String> namedArguments(String verb) {
        return List.copyOf(verbs.getOrDefault(verb, Set.of()));
    }
}
