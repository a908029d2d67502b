package org.hazlab.shell.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README runs as written: every {@code ./hazlab} command in the code blocks of README's "A short tour" and
 * "What if" sections (whatever commands are added there later) is run with the real launcher, in order, and must
 * end with the exit code its comment names ({@code exit 3}; 0 when none is named) and without a stack trace. A
 * Groovy block that the text says to save ("Save it as `what-if.groovy`") is saved first.
 *
 * <p>The commands run in a scratch folder that links to every top-level entry of the repository, so paths are as
 * in the README but nothing is written into the repository; {@code /tmp/hazlab-tour} is replaced by a scratch
 * folder of the test so runs do not share a review history.
 */
class ReadmeTourIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> SECTIONS = List.of("A short tour", "What if");
    private static final Pattern EXIT = Pattern.compile("\\bexit (\\d)\\b");
    private static final Pattern SAVE_AS = Pattern.compile("Save it as `([^`]+)`");

    @TempDir
    static Path scratch;

    /** A command of the tour with the exit code its comment promises. */
    record TourCommand(String line, List<String> args, int exitCode) {
    }

    /** A Groovy block the README asks to save under a name before the commands that use it. */
    record SavedBlock(String name, String text) {
    }

    static List<TourCommand> commands(String readme, List<SavedBlock> saved) {
        List<TourCommand> commands = new ArrayList<>();
        String[] lines = readme.split("\n", -1);
        boolean inSection = false;
        String fence = null;
        StringBuilder groovy = null;
        String lastGroovy = null;
        for (String line : lines) {
            if (fence == null && line.startsWith("## ")) {
                inSection = SECTIONS.contains(line.substring(3).strip());
                continue;
            }
            if (!inSection) {
                continue;
            }
            if (line.startsWith("```")) {
                if (fence == null) {
                    fence = line.substring(3).strip();
                    groovy = fence.equals("groovy") ? new StringBuilder() : null;
                } else {
                    if (groovy != null) {
                        lastGroovy = groovy.toString();
                    }
                    fence = null;
                    groovy = null;
                }
                continue;
            }
            if (fence == null) {
                Matcher save = SAVE_AS.matcher(line);
                if (save.find() && lastGroovy != null) {
                    saved.add(new SavedBlock(save.group(1), lastGroovy));
                }
                continue;
            }
            if (groovy != null) {
                groovy.append(line).append('\n');
            } else if ((fence.isEmpty() || fence.equals("sh") || fence.equals("bash"))
                    && line.strip().startsWith("./hazlab")) {
                String command = line.strip();
                String comment = "";
                int hash = command.indexOf(" #");
                if (hash >= 0) {
                    comment = command.substring(hash);
                    command = command.substring(0, hash).strip();
                }
                Matcher exit = EXIT.matcher(comment);
                List<String> args = new ArrayList<>(List.of(command.split("\\s+")));
                args.remove(0);
                commands.add(new TourCommand(line.strip(), args, exit.find() ? Integer.parseInt(exit.group(1)) : 0));
            }
        }
        return commands;
    }

    @TestFactory
    Stream<DynamicTest> everyTourCommandRunsAsWritten() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        List<SavedBlock> saved = new ArrayList<>();
        List<TourCommand> commands = commands(readme, saved);
        assertTrue(commands.size() >= 10, "the tour's commands were not found in README.md: " + commands);
        Path work = Files.createDirectories(scratch.resolve("clone"));
        Path tour = Files.createDirectories(scratch.resolve("tour-out"));
        try (Stream<Path> entries = Files.list(ROOT)) {
            for (Path entry : entries.filter(p -> !p.getFileName().toString().startsWith(".")
                    && !p.getFileName().toString().equals("reports")).toList()) {
                Files.createSymbolicLink(work.resolve(entry.getFileName().toString()), entry);
            }
        }
        for (SavedBlock block : saved) {
            Files.writeString(work.resolve(block.name()), block.text());
        }
        return commands.stream().map(command -> DynamicTest.dynamicTest(command.line(), () -> {
            List<String> args = command.args().stream()
                    .map(a -> a.replace("/tmp/hazlab-tour", tour.toString())).toList();
            List<String> process = new ArrayList<>();
            process.add(work.resolve("hazlab").toString());
            process.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(process).directory(work.toFile());
            builder.environment().remove("HAZLAB_REBUILD");
            builder.environment().put("HAZLAB_STATE", scratch.resolve("state").toString());
            Path out = Files.createTempFile(scratch, "out", ".txt");
            Path err = Files.createTempFile(scratch, "err", ".txt");
            builder.redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process running = builder.start();
            if (!running.waitFor(180, TimeUnit.SECONDS)) {
                running.destroyForcibly();
                throw new AssertionError("did not finish: " + command.line());
            }
            String printed = Files.readString(out) + Files.readString(err);
            assertEquals(command.exitCode(), running.exitValue(), command.line() + "\n" + printed);
            assertFalse(printed.contains("\tat ") || printed.contains("this is a bug in hazlab"),
                    "a stack trace or internal error: " + printed);
        }));
    }
}
