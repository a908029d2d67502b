package org.hazlab.shell.launcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar is minimised for fastutil alone (shell/pom.xml): every other library on the class path is
 * either packaged whole (Groovy, JLine, Jackson, POI load classes by name) or not at all (test libraries). A
 * library packaged in part, because a new dependency was left out of the list the pom keeps whole, fails here
 * before it fails a user with a missing class.
 */
class ShadedJarIT {

    private static final Path JAR = Path.of("target", "hazlab.jar");
    private static final String MINIMISED = "it/unimi/dsi/fastutil/";

    @Test
    void everyLibraryIsPackagedWholeOrNotAtAllExceptFastutil() throws IOException {
        assertTrue(Files.isRegularFile(JAR), "run after packaging: " + JAR.toAbsolutePath());
        Set<String> packaged = classesIn(JAR);
        List<String> partial = new ArrayList<>();
        int whole = 0;
        for (String element : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(element);
            if (!path.toString().endsWith(".jar") || !Files.isRegularFile(path) || path.endsWith(JAR)) {
                continue;
            }
            Set<String> classes = classesIn(path);
            long present = classes.stream().filter(packaged::contains).count();
            if (present == 0 || present == classes.size()) {
                whole += present == 0 ? 0 : 1;
                continue;
            }
            boolean fastutil = classes.stream().allMatch(name -> name.startsWith(MINIMISED));
            if (!fastutil) {
                partial.add(path.getFileName() + " (" + present + " of " + classes.size() + " classes)");
            }
        }
        assertTrue(partial.isEmpty(), "libraries packaged in part: " + partial
                + "; keep them whole with a filter in shell/pom.xml");
        assertTrue(whole >= 20, "the libraries were found on the class path: " + whole);
        assertTrue(packaged.stream().anyMatch(name -> name.startsWith(MINIMISED + "ints/IntArrayList")),
                "fastutil keeps what Tablesaw uses");
    }

    @Test
    void everyFastutilClassThatAPackagedClassNamesIsPackaged() throws IOException {
        Pattern reference = Pattern.compile(Pattern.quote(MINIMISED) + "[A-Za-z0-9_$/]*[A-Z][A-Za-z0-9_$]*");
        Set<String> missing = new TreeSet<>();
        int references = 0;
        try (ZipFile zip = new ZipFile(JAR.toFile()); Stream<? extends ZipEntry> entries = zip.stream()) {
            for (ZipEntry entry : entries.filter(e -> e.getName().endsWith(".class")).toList()) {
                if (entry.getName().startsWith(MINIMISED)) {
                    continue; // fastutil's own references were followed by the minimiser
                }
                String text;
                try (InputStream in = zip.getInputStream(entry)) {
                    text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
                Matcher found = reference.matcher(text);
                while (found.find()) {
                    references++;
                    if (zip.getEntry(found.group() + ".class") == null) {
                        missing.add(found.group() + " (named in " + entry.getName() + ")");
                    }
                }
            }
        }
        assertTrue(references > 100, "Tablesaw's references to fastutil were found: " + references);
        assertTrue(missing.isEmpty(), "fastutil classes named but not packaged: " + missing);
    }

    private static Set<String> classesIn(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile()); Stream<? extends ZipEntry> entries = zip.stream()) {
            Set<String> names = new HashSet<>();
            entries.map(ZipEntry::getName).filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/")
                    && !name.endsWith("module-info.class")).forEach(names::add);
            return names;
        }
    }
}
