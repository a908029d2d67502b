package org.hazlab.shell.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code hazlab} launcher script as a user would: from another folder, with relative paths, and on
 * machines that lack Java 17 or Maven. Runs after packaging, so the launcher finds an up-to-date jar.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("..", "hazlab").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private static Result run(Path workingDir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        return runWithInput(workingDir, env, "", args);
    }

    private static Result runWithInput(Path workingDir, Map<String, String> env, String input, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(LAUNCHER.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        builder.environment().remove("HAZLAB_REBUILD");
        builder.environment().putAll(env);
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        Process process = builder.start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("launcher did not finish: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void printsTheVersion() throws Exception {
        Result result = run(dir, Map.of(), "--version");
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().startsWith("hazlab "), result.out());
    }

    @Test
    void worksFromAnyFolderWithPathsRelativeToIt() throws Exception {
        Path workspace = Files.createDirectory(dir.resolve("my-ws"));
        Files.writeString(workspace.resolve("items.csv"), "id\nA\n");
        Files.writeString(workspace.resolve("hazards.csv"), "Hazard ID,Item,Sev.,Prob.\nH1,A,S2,P3\n");
        Files.writeString(workspace.resolve("controls.csv"), "id,kind\n");
        Result result = run(dir, Map.of(), "check", "my-ws");
        assertEquals(0, result.code(), result.out() + result.err());
        assertTrue(result.out().contains("my-ws/hazards.csv"), result.out());
    }

    @Test
    void withoutArgumentsItOpensTheShellOnTheBundledExample() throws Exception {
        Result result = run(dir, Map.of("HAZLAB_STATE", dir.resolve("state").toString()));
        assertEquals(0, result.code(), result.out() + result.err());
        assertTrue(result.out().contains("datasets/infusion-pump"), result.out());
        assertTrue(result.out().contains("Variables: ws, items, hazards, controls, incidents, model, classes"),
                result.out());
        assertTrue(!result.out().contains("\u001b"), "stdin is not a terminal: no escape codes\n" + result.out());
    }

    @Test
    void shellRunsPipedCellsInOrderAndTheExitCodeReflectsFailure() throws Exception {
        Map<String, String> env = Map.of("HAZLAB_STATE", dir.resolve("state").toString());
        Result ok = runWithInput(dir, env, "def n = items.rowCount()\nn * 2\n:explain IPC-LOG\n", "shell");
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().contains("\n48\n"), ok.out());
        assertTrue(ok.out().contains("Item IPC-LOG (Event logger) is class A."), ok.out());
        Result failed = runWithInput(dir, env, "1 / 0\n2 + 2\n", "shell");
        assertEquals(1, failed.code(), failed.out() + failed.err());
        assertTrue(failed.out().contains("error in [1] line 1"), failed.out());
        assertTrue(failed.out().contains("\n4\n"), failed.out());
    }

    @Test
    void runsAScriptHeadlessFromAnyFolderWithTheBundledDatasets() throws Exception {
        Files.writeString(dir.resolve("w.groovy"), "// %%\ndef m = workspace('datasets/training').model\n"
                + "// %%\nprintln classification(m).labels()\nfail 'done'\n");
        Result result = run(dir, Map.of(), "run", "w.groovy", "--notebook", "out/w.ipynb");
        assertEquals(3, result.code(), result.out() + result.err());
        assertEquals("[SYSTEM:C, HUM:C, HUM-HEAT:C, HUM-ALM:C, HUM-DISP:B]\n", result.out());
        assertEquals("w.groovy:5: done\n", result.err());
        assertTrue(Files.readString(dir.resolve("out/w.ipynb")).contains("\"nbformat_minor\" : 5"));
        Result again = run(dir, Map.of("HAZLAB_CDS", "0"), "run", "w.groovy");
        assertEquals(3, again.code(), again.err());
    }

    @Test
    void theStartUpArchiveHoldsTheCommandLineClassesAndIsUsed() throws Exception {
        Files.writeString(dir.resolve("one.groovy"), "println 1\n");
        assertEquals(0, run(dir, Map.of(), "run", "one.groovy").code(), "the archive is made after a build");
        Path log = dir.resolve("classes.log");
        // -Xshare:on fails the run when the archive cannot be used, where the launcher's -Xshare:auto goes on
        Result result = run(dir, Map.of("HAZLAB_JAVA_OPTS", "-Xshare:on -Xlog:class+load:file=" + log),
                "run", "one.groovy");
        assertEquals(0, result.code(), result.err());
        assertEquals("1\n", result.out());
        List<String> picocli = Files.readAllLines(log).stream().filter(line -> line.contains(" picocli.")).toList();
        List<String> shared = picocli.stream().filter(line -> line.contains("shared objects file")).toList();
        // picocli is compiled for Java 5: on Java 17 only a static archive holds such classes
        assertTrue(shared.stream().anyMatch(line -> line.contains(" picocli.CommandLine source:")), picocli.toString());
        assertTrue(shared.size() >= 100 && shared.size() * 10 >= picocli.size() * 9,
                shared.size() + " of " + picocli.size() + " picocli classes from the archive");
    }

    @Test
    void aScriptRunAgainTakesItsCompiledCellsFromTheCacheWithTheSameReports() throws Exception {
        Path script = LAUNCHER.getParent().resolve("scripts/periodic-review.groovy");
        String[] review = {"run", script.toString(), "--time", "--as-of", "2026-10-15", "-p", "period=2026-Q3",
            "-p", "workspace=" + LAUNCHER.getParent().resolve("datasets/infusion-pump"), "--out"};
        Result first = run(dir, Map.of(), concat(review, "first"));
        Result second = run(dir, Map.of(), concat(review, "second"));
        Result compiled = run(dir, Map.of("HAZLAB_CELL_CACHE", "0"), concat(review, "compiled"));

        for (Result result : List.of(first, second, compiled)) {
            assertEquals(3, result.code(), result.err());
        }
        assertEquals(first.out(), second.out());
        assertEquals(first.out(), compiled.out());
        long cells = second.err().lines().filter(line -> line.startsWith("cell ")).count();
        assertTrue(cells >= 5, second.err());
        assertEquals(cells, second.err().lines().filter(line -> line.endsWith("(compiled by an earlier run)")).count(),
                second.err());
        assertTrue(!compiled.err().contains("compiled by an earlier run"), compiled.err());
        for (String report : List.of("review-2026-Q3.md", "review-2026-Q3.json", "review-2026-Q3.html")) {
            byte[] expected = Files.readAllBytes(dir.resolve("compiled/review-2026-Q3").resolve(report));
            assertArrayEquals(expected, Files.readAllBytes(dir.resolve("second/review-2026-Q3").resolve(report)),
                    report);
        }
    }

    private static String[] concat(String[] head, String last) {
        String[] all = java.util.Arrays.copyOf(head, head.length + 1);
        all[head.length] = last;
        return all;
    }

    @Test
    void saysWhenJavaIsTooOld() throws Exception {
        Path fakeJdk = dir.resolve("jdk8");
        Path java = Files.createDirectories(fakeJdk.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"1.8.0_392\"' >&2\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Result result = run(dir, Map.of("JAVA_HOME", fakeJdk.toString()), "--version");
        assertEquals(1, result.code());
        assertTrue(result.err().contains("Java 17 or newer is needed"), result.err());
        assertTrue(result.err().contains("1.8.0_392"), result.err());
    }

    @Test
    void saysWhenMavenIsMissingForABuild() throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        for (String tool : List.of("bash", "sh", "dirname", "readlink", "sed", "head", "cut", "find", "mktemp",
                "tail", "rm", "env", "cat")) {
            Path target = Path.of("/usr/bin", tool);
            if (!Files.exists(target)) {
                target = Path.of("/bin", tool);
            }
            Files.createSymbolicLink(bin.resolve(tool), target);
        }
        String javaHome = System.getProperty("java.home");
        Result result = run(dir, Map.of("PATH", bin.toString(), "JAVA_HOME", javaHome, "HAZLAB_REBUILD", "1"),
                "--version");
        assertEquals(1, result.code(), result.out());
        assertTrue(result.err().contains("Maven is needed"), result.err());
    }
}
