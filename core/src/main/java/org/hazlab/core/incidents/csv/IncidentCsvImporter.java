package org.hazlab.core.incidents.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hazlab.core.incidents.FileText;
import org.hazlab.core.incidents.ImportOptions;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.incidents.IncidentImporter;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.IncidentStoreBuilder;
import org.hazlab.core.incidents.Rejects;
import org.hazlab.core.problem.Problem;

/**
 * The fast path for delimited incident files with hazlab's incident columns (or any headers mapped onto them):
 * one pass of {@link CsvScanner} over the bytes, codes interned from bytes, dates parsed from bytes, narratives
 * left in the file as offsets ({@link FileText}). This is what loads the generator's million-row files in about
 * a second; the general {@link MappedTableImporter} handles Excel and JSON tables. Files of 32 MB and more are
 * read in two halves on two threads when there are two cores ({@link CsvSecondHalf}, {@link CsvRecords}), with
 * the same result as one pass.
 */
public final class IncidentCsvImporter implements IncidentImporter {

    /** Files from this size up are read in two halves on two threads (below it the thread costs more than it saves). */
    static final long PARALLEL_THRESHOLD = 32L << 20;

    private final long parallelThreshold;
    private final int threads;
    /** How the last file was read (for tests). */
    volatile CsvSecondHalf.Outcome lastSplit = CsvSecondHalf.Outcome.SEQUENTIAL;

    /**
     * Reads big files on two cores when the machine has two and {@code -Dhazlab.import.threads=1} does not
     * force one pass.
     */
    public IncidentCsvImporter() {
        this(PARALLEL_THRESHOLD, threads());
    }

    /** {@code -Dhazlab.import.threads}, else the processors the JVM may use. */
    static int threads() {
        return Integer.getInteger("hazlab.import.threads", Runtime.getRuntime().availableProcessors());
    }

    /** With another size threshold and thread count (tests: small files on two threads, or one pass). */
    IncidentCsvImporter(long parallelThreshold, int threads) {
        this.parallelThreshold = parallelThreshold;
        this.threads = threads;
    }

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String description() {
        return "delimited file with hazlab incident columns or a column mapping (fast columnar load)";
    }

    /**
     * Reads the files; with several, the stores are concatenated (then narratives are copied into memory, as
     * {@link IncidentStore#concat} does), so for a million rows prefer one file.
     */
    @Override
    public ImportResult read(List<Path> files, ImportOptions options) throws IOException {
        ImportResult result = null;
        for (Path file : files) {
            ImportResult part = fastPathReads(file, options) ? readOne(file, options)
                    : new MappedTableImporter().read(List.of(file), options);
            if (result == null) {
                result = part;
            } else {
                List<ImportResult.FileCount> counts = new java.util.ArrayList<>(result.files());
                counts.addAll(part.files());
                List<Problem> problems = new java.util.ArrayList<>(result.problems());
                problems.addAll(part.problems());
                result = new ImportResult(result.incidents().concat(part.incidents()), id(), counts, problems);
            }
        }
        if (result == null) {
            throw new IllegalArgumentException("no file to read");
        }
        return result;
    }

    /**
     * The byte scanner reads UTF-8 (or ASCII) delimited text straight from the file; workbooks, JSON tables,
     * compressed files and other declared encodings go through the general table readers.
     */
    static boolean fastPathReads(Path file, ImportOptions options) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean utf8 = options.charset() == null || options.charset().equals(StandardCharsets.UTF_8)
                || options.charset().equals(StandardCharsets.US_ASCII);
        return utf8 && !name.endsWith(".xlsx") && !name.endsWith(".json") && !name.endsWith(".gz")
                && !name.endsWith(".zip");
    }

    private ImportResult readOne(Path file, ImportOptions options) throws IOException {
        IncidentStoreBuilder builder = IncidentStore.builder();
        String label = file.toString();
        Rejects rejects = new Rejects();
        FileText narratives = new FileText(file);
        long size = Files.size(file);
        builder.file(label);
        CsvSecondHalf.Outcome outcome = CsvSecondHalf.Outcome.SEQUENTIAL;
        CsvRecords records;
        int[] columnOf;
        List<String> headers = new ArrayList<>();
        CsvSecondHalf second = null;
        try (InputStream in = Files.newInputStream(file)) {
            CsvScanner scanner = new CsvScanner(in, options.delimiter());
            if (!scanner.next()) {
                return new ImportResult(builder.build(narratives), id(),
                        List.of(new ImportResult.FileCount(label, "incidents", 0, 0, 0, 0)), List.of());
            }
            int headerCount = scanner.fieldCount;
            for (int column = 0; column < headerCount; column++) {
                headers.add(scanner.text(column));
            }
            columnOf = IncidentColumns.map(headers, options.columns(), label, rejects);
            if (columnOf[IncidentColumns.ID] < 0) {
                throw new IOException(IncidentColumns.noIdColumn(label, headers));
            }
            records = new CsvRecords(label, columnOf, headerCount, options.dateFormat(), options.source(), builder,
                    narratives, rejects);
            if (threads >= 2 && size >= parallelThreshold) {
                CsvSecondHalf.Guess guess = CsvSecondHalf.splitPoint(file, scanner.position(), size,
                        options.delimiter(), headerCount);
                long at = guess.offset();
                if (at > 0) {
                    second = CsvSecondHalf.start(file, at, options.delimiter(), new CsvRecords(label, columnOf,
                            headerCount, options.dateFormat(), options.source(), IncidentStore.builder().file(label),
                            new FileText(file), new Rejects()), guess.rows(size - at));
                    scanner.stopAt(at);
                    builder.reserve(guess.rows(size - scanner.position()));
                    narratives.reserve(guess.rows(size - scanner.position()));
                }
            }
            CsvSecondHalf running = second;
            records.load(scanner, position -> {
                if (running != null && position > running.start()) {
                    running.cancel(); // the first half ran past the split point: the second half is wrong
                }
                long done = running == null || position > running.start() ? position : position + running.done();
                options.progress().progress(label, done, size);
            });
            if (second != null) {
                CsvRecords later = scanner.stopped() ? second.await(
                        done -> options.progress().progress(label, scanner.position() + done, size)) : null;
                if (later != null) {
                    int lineShift = scanner.nextLine() - 1;
                    builder.append(later.builder, lineShift);
                    narratives.addAll(later.narratives);
                    rejects.addAll(later.rejects, lineShift);
                    records.read += later.read;
                    records.loaded += later.loaded;
                    outcome = CsvSecondHalf.Outcome.HALVES;
                } else {
                    second.cancel();
                    outcome = CsvSecondHalf.Outcome.FALLBACK;
                    scanner.stopAt(-1);
                    records.load(scanner, position -> options.progress().progress(label, position, size));
                }
            }
        } finally {
            if (second != null && outcome != CsvSecondHalf.Outcome.HALVES) {
                second.cancel(); // on an error in the first half, too
            }
            lastSplit = outcome;
        }
        options.progress().progress(label, size, size);
        IncidentColumns.warnMissing(columnOf, records.read, headers, label, rejects);
        return new ImportResult(builder.build(narratives.trim()), id(),
                List.of(new ImportResult.FileCount(label, "incidents", records.read, records.loaded,
                        records.read - records.loaded, 0)),
                rejects.problems());
    }
}
