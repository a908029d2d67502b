package org.hazlab.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The classification packages form no cycle: the parent package {@code classify} (results, paths, the scheme
 * interface) imports none of its sub-packages, so the registry, the renderers and the schemes can all depend on
 * it without it depending back on them. Reads the imports of the module's own sources.
 */
class ClassifyPackageCycleTest {

    private static final Path ROOT = Path.of("src/main/java/org/hazlab/core/classify");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?(org\\.hazlab\\.core\\.classify(?:\\.[a-z0-9]+)*)\\.[A-Z]", Pattern.MULTILINE);

    @Test
    void theParentPackageImportsNoSubPackage() throws IOException {
        Map<String, Set<String>> graph = graph();
        Set<String> fromParent = graph.getOrDefault("org.hazlab.core.classify", Set.of());
        assertEquals(Set.of(), fromParent, "classify must not import its sub-packages");
    }

    @Test
    void noPackageOfClassifyReachesItself() throws IOException {
        Map<String, Set<String>> graph = graph();
        assertTrue(graph.size() >= 6, "found the packages " + graph.keySet());
        for (String start : graph.keySet()) {
            List<String> stack = new ArrayList<>(graph.getOrDefault(start, Set.of()));
            Set<String> seen = new TreeSet<>();
            while (!stack.isEmpty()) {
                String next = stack.remove(stack.size() - 1);
                assertTrue(!next.equals(start), "package cycle through " + start);
                if (seen.add(next)) {
                    stack.addAll(graph.getOrDefault(next, Set.of()));
                }
            }
        }
    }

    private static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = "org.hazlab.core.classify" + ROOT.relativize(file.getParent()).toString()
                        .replace('/', '.').replaceAll("^(?=.)", ".");
                Set<String> targets = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        targets.add(m.group(1));
                    }
                }
            }
        }
        return graph;
    }
}
