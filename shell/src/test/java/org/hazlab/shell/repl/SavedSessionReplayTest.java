package org.hazlab.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.hazlab.shell.HazlabMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code :save} writes replays: with {@code hazlab run FILE} and with {@code :open} + {@code :run} in a fresh
 * shell, to the same values, the workspace included; failed and interrupted cells are reported and skipped.
 * Real files, real Groovy, the JLine dumb terminal.
 */
class SavedSessionReplayTest {

    @TempDir
    Path state;

    @TempDir
    Path files;

    private static String expectedValues() {
        int n = ReplDriver.example().hazards().table().rowCount() * 2;
        int m = ReplDriver.example().items().table().rowCount() + n;
        return "values: " + n + " " + m;
    }

    @ParameterizedTest
    @ValueSource(strings = {"groovy", "ipynb", "md"})
    void aSavedSessionReplaysWithTheSameValues(String extension) throws Exception {
        Path saved = files.resolve("session." + extension);
        String original = ReplDriver.session(state, "n = hazards.rowCount() * 2\nnosuchWord(1)\n"
                + "m = items.rowCount() + n\nprintln \"values: $n $m\"\n:save " + saved + "\n");
        String values = expectedValues();
        assertTrue(original.contains(values), original);
        assertTrue(original.contains("1 marked failed or interrupted"), original);

        Run run = hazlab("run", saved.toString());
        assertEquals(0, run.code, run.err);
        assertTrue(run.out.contains(values), run.out + run.err);
        assertTrue(run.err.contains("skipped: the cell was saved failed"), run.err);
        assertTrue(run.err.contains("skipped 1 cell saved as failed or interrupted"), run.err);

        String replayed = ReplDriver.session(state, ":open " + saved + "\n:run all\n");
        assertTrue(replayed.contains(values), replayed);
        assertTrue(replayed.contains("skipped a cell saved failed: nosuchWord(1)"), replayed);
    }

    @Test
    void anInterruptedEndlessLoopIsSavedMarkedAndNotRerun() throws Exception {
        Path saved = files.resolve("loop.groovy");
        try (ReplDriver driver = ReplDriver.start(state, true)) {
            driver.awaitOutput("[1]> ", Duration.ofSeconds(60));
            driver.type("x = 41\n");
            driver.awaitOutput("[2]> ", Duration.ofSeconds(60));
            driver.type("while (true) { x.hashCode() }\n");
            driver.awaitRunning(Duration.ofSeconds(60));
            driver.type("\u0003");
            driver.awaitOutput("interrupted", Duration.ofSeconds(60));
            driver.type("println \"answer ${x + 1}\"\n:save " + saved + "\n");
            driver.finish();
        }
        assertTrue(Files.readString(saved).contains("// %% [interrupted]\nwhile (true)"), Files.readString(saved));

        Run run = CompletableFuture.supplyAsync(() -> hazlab("run", saved.toString())).get(60, TimeUnit.SECONDS);
        assertEquals(0, run.code, run.err);
        assertTrue(run.out.contains("answer 42"), run.out);
        assertTrue(run.err.contains("loop.groovy:6: skipped: the cell was saved interrupted (it may not end)"),
                run.err);

        StringWriter piped = new StringWriter();
        int code = CompletableFuture.supplyAsync(() -> new ReplBuilder(state).workspace(ReplDriver.example())
                .plain(new BufferedReader(new StringReader(read(saved))), new PrintWriter(piped, true), 100).run())
                .get(60, TimeUnit.SECONDS);
        assertEquals(0, code, piped.toString());
        assertTrue(piped.toString().contains("skipped a cell saved interrupted (it may not end): while (true)"),
                piped.toString());
        assertTrue(piped.toString().contains("answer 42"), piped.toString());
    }

    @Test
    void notebookErrorsNameTheCellAndTheLineInIt() throws Exception {
        Path notebook = files.resolve("w.ipynb");
        Files.writeString(notebook, """
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
                  {"cell_type": "markdown", "id": "a", "metadata": {}, "source": ["# Week\\n", "notes"]},
                  {"cell_type": "code", "id": "b", "metadata": {}, "source": "x = 1", "outputs": [],
                   "execution_count": null},
                  {"cell_type": "code", "id": "c", "metadata": {}, "source": ["y = x + 1\\n", "x.nosuchMethod()"],
                   "outputs": [], "execution_count": null}
                ]}
                """);
        Run run = hazlab("run", notebook.toString());
        assertEquals(1, run.code);
        assertTrue(run.err.contains("w.ipynb: cell 3, line 2: "), run.err);
        assertFalse(run.err.matches("(?s).*w\\.ipynb:\\d.*"), "never a line of the JSON: " + run.err);
    }

    @Test
    void markdownErrorsNameTheLineOfThePage() throws Exception {
        Path page = files.resolve("p.md");
        Files.writeString(page, "# Page\n\ntext\n\n```groovy\nx = 1\nx.nosuchMethod()\n```\n\n```text\n1\n```\n");
        Run run = hazlab("run", page.toString());
        assertEquals(1, run.code);
        assertTrue(run.err.contains("p.md:7: "), run.err);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Run(int code, String out, String err) {
    }

    private static Run hazlab(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HazlabMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
