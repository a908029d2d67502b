package org.hazlab.shell.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The build fails on a package cycle in core, on core naming dsl or shell, on dsl naming shell
 * (DESIGN.md: shell -> dsl -> core, never back; packages form no cycles), and on the interactive shell naming
 * the command line (the CLI starts the shell, not the other way round). Dependencies are read from the main
 * sources of the three modules: every import and every fully qualified name of a hazlab class. It lives in
 * shell because shell is the module that sees all three source trees.
 */
class PackageDependenciesTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.hazlab\\.((?:[a-z0-9_]+\\.)*[a-z0-9_]+)\\."
            + "(?:[A-Z*])");

    @Test
    void corePackagesFormNoCycles() throws IOException {
        Map<String, Set<String>> graph = dependencies("core");
        List<Set<String>> cycles = new ArrayList<>();
        for (Set<String> component : stronglyConnected(graph)) {
            if (component.size() > 1) {
                cycles.add(component);
            }
        }
        assertEquals(List.of(), cycles, "package cycles in core: " + describe(graph, cycles));
    }

    @Test
    void coreNamesNeitherDslNorShell() throws IOException {
        assertEquals(Map.of(), offending(dependencies("core"), "dsl", "shell"));
    }

    @Test
    void dslDoesNotNameShell() throws IOException {
        assertEquals(Map.of(), offending(dependencies("dsl"), "shell"));
    }

    @Test
    void theShellAndTheProgressLineDoNotNameTheCommandLine() throws IOException {
        Map<String, Set<String>> graph = dependencies("shell");
        graph.keySet().removeIf(pkg -> !pkg.startsWith("shell.repl") && !pkg.startsWith("shell.progress"));
        assertEquals(Map.of(), offending(graph, "shell.cli"));
        graph.keySet().removeIf(pkg -> !pkg.startsWith("shell.progress"));
        assertEquals(Map.of(), offending(graph, "shell.repl"));
    }

    /** Package (without "org.hazlab.") -> the hazlab packages its sources name, for one module. */
    static Map<String, Set<String>> dependencies(String module) throws IOException {
        Path sources = ROOT.resolve(module).resolve("src/main/java");
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = sources.relativize(file.getParent()).toString().replace('/', '.').replace('\\', '.')
                        .replaceFirst("^org\\.hazlab\\.", "");
                Set<String> uses = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(Files.readString(file));
                while (m.find()) {
                    String target = m.group(1);
                    if (!target.equals(pkg)) {
                        uses.add(target);
                    }
                }
            }
        }
        return graph;
    }

    private static Map<String, Set<String>> offending(Map<String, Set<String>> graph, String... forbidden) {
        Map<String, Set<String>> bad = new TreeMap<>();
        graph.forEach((pkg, uses) -> uses.stream()
                .filter(u -> Stream.of(forbidden).anyMatch(f -> u.equals(f) || u.startsWith(f + ".")))
                .forEach(u -> bad.computeIfAbsent(pkg, k -> new TreeSet<>()).add(u)));
        return bad;
    }

    /** Tarjan's strongly connected components over the packages of the graph. */
    static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<Set<String>> components = new ArrayList<>();
        int[] counter = {0};
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, components, counter);
            }
        }
        return components;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, Deque<String> stack, Set<String> onStack,
                                List<Set<String>> components, int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]++);
        stack.push(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!graph.containsKey(next)) {
                continue;
            }
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, components, counter);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            components.add(component);
        }
    }

    private static String describe(Map<String, Set<String>> graph, List<Set<String>> cycles) {
        StringBuilder text = new StringBuilder();
        for (Set<String> cycle : cycles) {
            text.append("\n  ").append(cycle).append(':');
            for (String pkg : cycle) {
                graph.get(pkg).stream().filter(cycle::contains)
                        .forEach(u -> text.append("\n    ").append(pkg).append(" -> ").append(u));
            }
        }
        return text.toString();
    }
}
