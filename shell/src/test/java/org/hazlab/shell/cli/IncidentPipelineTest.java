package org.hazlab.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One incident pipeline: the same file gives the same counts per event type through {@code hazlab incidents},
 * the DSL's {@code incidents} word and a workspace's incident file, for every format, with the format
 * recognised by content (each file is copied under a neutral name first).
 */
class IncidentPipelineTest {

    private static final Path REAL = Path.of("../core/src/test/resources/incidents/real");
    private static final Pattern TYPE = Pattern.compile("(death|injury|malfunction|other|no-answer) ([0-9,]+)");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "../datasets/infusion-pump/incidents.csv, export.csv, csv",
        "../core/src/test/resources/incidents/real/healthcanada_mdi_incidents_2024-09_2025-04.csv, export.csv, "
                + "healthcanada",
        "../core/src/test/resources/incidents/real/maude_foitext2007_software_pos.txt, export.txt, maude",
        "../core/src/test/resources/incidents/real/openfda-fixtures/maude_one.json, export.json, openfda"})
    void cliDslAndWorkspaceCountTheSame(String source, String name, String format) throws IOException {
        Path file = dir.resolve(name);
        Files.copy(Path.of(source), file);

        CommandRun cli = CommandRun.of("incidents", file.toString());
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().startsWith("format " + format + "\n"), cli.out());
        Map<String, Integer> fromCli = types(cli.out().lines().filter(l -> l.matches("[0-9,]+ incidents:.*"))
                .findFirst().orElseThrow());
        assertTrue(fromCli.values().stream().mapToInt(Integer::intValue).sum() > 0, cli.out());

        Path script = ScriptRuns.write(dir, "count.groovy", """
                def word = incidents '%s'
                println 'WORD ' + word.countBy('event_type').with { t -> (0..<t.rowCount()).collect { t.stringColumn('event_type').get(it) + ' ' + t.intColumn('count').get(it) }.join(' ') }
                def ws = workspace('%s', strict: false)
                println 'WORKSPACE ' + ws.incidents.countBy('event_type').with { t -> (0..<t.rowCount()).collect { t.stringColumn('event_type').get(it) + ' ' + t.intColumn('count').get(it) }.join(' ') }
                println 'FORMAT ' + word.format
                """.formatted(file.toString().replace("\\", "/"), workspace(file).toString().replace("\\", "/")));
        CommandRun dsl = ScriptRuns.run(script);
        assertEquals(0, dsl.exitCode(), dsl.out() + dsl.err());
        String word = line(dsl.out(), "WORD ");
        String ws = line(dsl.out(), "WORKSPACE ");
        assertEquals(fromCli, types(word), dsl.out());
        assertEquals(fromCli, types(ws), dsl.out());
        assertEquals("FORMAT " + format, "FORMAT " + line(dsl.out(), "FORMAT "));
    }

    @org.junit.jupiter.api.Test
    void aMaudeSetReadsTheSameOnTheCommandLineAndInTheDsl() throws IOException {
        List<String> names = List.of("mdrfoi.txt", "foidev.txt", "foitext.txt");
        List<String> args = new java.util.ArrayList<>(List.of("incidents"));
        names.forEach(n -> args.add(REAL.resolve("openfda-fixtures").resolve(n).toString()));
        CommandRun cli = CommandRun.of(args.toArray(String[]::new));
        assertEquals(0, cli.exitCode(), cli.err());
        Map<String, Integer> fromCli = types(cli.out().lines().filter(l -> l.matches("[0-9,]+ incidents:.*"))
                .findFirst().orElseThrow());
        String fixtures = REAL.resolve("openfda-fixtures").toAbsolutePath().normalize().toString().replace("\\", "/");
        Path script = ScriptRuns.write(dir, "maude.groovy", """
                def set = incidents '%1$s/mdrfoi.txt', '%1$s/foidev.txt', '%1$s/foitext.txt'
                println 'WORD ' + set.countBy('event_type').with { t -> (0..<t.rowCount()).collect { t.stringColumn('event_type').get(it) + ' ' + t.intColumn('count').get(it) }.join(' ') }
                """.formatted(fixtures));
        CommandRun dsl = ScriptRuns.run(script);
        assertEquals(0, dsl.exitCode(), dsl.out() + dsl.err());
        assertEquals(fromCli, types(line(dsl.out(), "WORD ")));
    }

    @org.junit.jupiter.api.Test
    void aMappingNamingAMissingHeaderIsAUsageErrorListingTheHeaders() throws IOException {
        Path file = dir.resolve("complaints.csv");
        Files.writeString(file, "Complaint No,Received,Kind\nC1,2026-01-02,death\n");
        CommandRun missing = CommandRun.of("incidents", "--map", "Complaint Number=id", file.toString());
        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("Complaint No, Received, Kind"), missing.err());
        CommandRun unknown = CommandRun.of("incidents", "--map", "Complaint No=ident", file.toString());
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("date_received"), unknown.err());
        CommandRun mapped = CommandRun.of("incidents", "--map", "Complaint No=id", "--map", "Kind=event_type",
                "--map", "Received=date_received", file.toString());
        assertEquals(0, mapped.exitCode(), mapped.err());
        assertTrue(mapped.out().contains("1 incidents: death 1"), mapped.out());
    }

    @org.junit.jupiter.api.Test
    void aFileWithoutAnEventTypeColumnIsWarnedAboutWithTheRowCount() throws IOException {
        Path file = dir.resolve("renamed.csv");
        Files.writeString(file, "id,Severity,date_received\nC1,death,2026-01-02\nC2,injury,2026-01-03\n");
        CommandRun run = CommandRun.of("incidents", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("no column holds the event_type field: 2 rows have none"), run.out());
    }

    /** A workspace holding the file as its only incident file (items, hazards, controls minimal). */
    private Path workspace(Path incidents) throws IOException {
        Path ws = dir.resolve("ws");
        Files.createDirectories(ws);
        Files.writeString(ws.resolve("items.csv"), "id\nA\n");
        Files.writeString(ws.resolve("hazards.csv"), "id,items\nH1,A\n");
        Files.writeString(ws.resolve("controls.csv"), "id,kind\n");
        Files.copy(incidents, ws.resolve(incidents.getFileName()));
        Files.writeString(ws.resolve("workspace.json"), "{\"incidents\": [\"" + incidents.getFileName() + "\"]}");
        return ws;
    }

    private static String line(String out, String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(out))
                .substring(prefix.length());
    }

    private static Map<String, Integer> types(String text) {
        Map<String, Integer> counts = new TreeMap<>();
        Matcher m = TYPE.matcher(text);
        while (m.find()) {
            counts.put(m.group(1), Integer.parseInt(m.group(2).replace(",", "")));
        }
        return counts;
    }
}
