package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Console output follows one number convention whatever the JVM's locale (docs/user-guide.md, "Numbers"): dot
 * decimals, comma thousands. A JVM started with -Duser.language=de -Duser.country=DE prints the review's console
 * tables and messages, classify and gaps exactly as one started with an English locale (each in a JVM of its own,
 * so no formatter made under one locale can hide the other).
 */
class GermanLocaleTest {

    private static final Path REVIEW = Path.of("..", "scripts", "periodic-review.groovy");
    /** A German decimal: a comma followed by one, two or four digits (a thousands comma has exactly three). */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("\\d,(\\d{1,2}|\\d{4,})(?!\\d)");

    @TempDir
    Path english;

    @TempDir
    Path german;

    @Test
    void theReviewsConsoleTableIsTheSameUnderAGermanLocale() throws Exception {
        Run en = hazlab("en", "US", "run", REVIEW.toString(), "-p", "period=2026-Q3", "--out", english.toString(),
                "--as-of", "2026-10-15");
        Run de = hazlab("de", "DE", "run", REVIEW.toString(), "-p", "period=2026-Q3", "--out", german.toString(),
                "--as-of", "2026-10-15");
        assertEquals(3, de.code, de.err);
        assertEquals(en.out.replace(english.toString(), "OUT"), de.out.replace(german.toString(), "OUT"));
        assertEquals(en.err.replace(english.toString(), "OUT"), de.err.replace(german.toString(), "OUT"));
        assertNoDecimalComma(de.out);
        assertTrue(Pattern.compile("\\d\\.\\d").matcher(de.out).find(), "dot decimals in the table\n" + de.out);
    }

    @Test
    void classifyIsTheSameUnderAGermanLocale() throws Exception {
        for (String[] args : new String[][] {
            {"classify", "../datasets/infusion-pump", "--explain", "--scheme", "all"},
            {"gaps", "../datasets/infusion-pump"}}) {
            Run en = hazlab("en", "US", args);
            Run de = hazlab("de", "DE", args);
            assertEquals(en.out, de.out, String.join(" ", args));
            assertNoDecimalComma(de.out);
        }
    }

    private record Run(int code, String out, String err) {
    }

    /** The real command in a JVM of its own started with the given default locale. */
    private Run hazlab(String language, String country, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Duser.language=" + language, "-Duser.country=" + country,
                "-Dhazlab.home=" + Path.of("..").toAbsolutePath().normalize(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), "org.hazlab.shell.HazlabMain"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(english, "out", ".txt");
        Path err = Files.createTempFile(english, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "hazlab did not finish");
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void assertNoDecimalComma(String text) {
        Matcher matcher = DECIMAL_COMMA.matcher(text);
        assertFalse(matcher.find(), () -> "decimal comma '" + matcher.group() + "' in\n" + text);
    }
}
