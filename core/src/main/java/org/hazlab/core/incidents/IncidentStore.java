package org.hazlab.core.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hazlab.core.problem.SourceLocation;

/**
 * Incident reports held column by column in primitive arrays: dates as epoch days, event types as bytes,
 * repeated texts (codes, outcomes, hazard lists) as interned int codes, ids and narratives as bytes. A million
 * MAUDE-like reports fit in a few tens of megabytes (narratives may even stay in the file), and per-period counts
 * are loops over int arrays. {@link IncidentTables} gives Tablesaw views when a user wants to look at rows.
 * Immutable once built.
 */
public final class IncidentStore {

    /** Epoch-day value of a missing date. */
    public static final int NO_DATE = Integer.MIN_VALUE;

    private final int size;
    private final TextColumn ids;
    private final int[] received;
    private final int[] eventDates;
    private final byte[] eventTypes;
    private final Interner codes;
    private final int[] products;
    private final int[] problems;
    private final int[] hazards;
    private final int[] items;
    private final int[] outcomes;
    private final int[] sources;
    private final TextColumn narratives;
    private final int[] lines;
    private final int[] files;
    private final List<String> fileNames;
    private final List<List<String>> splitCache = new ArrayList<>();

    IncidentStore(IncidentStoreBuilder b, TextColumn narratives) {
        this.size = b.size;
        this.ids = b.ids.trim();
        this.received = exact(b.received, size);
        this.eventDates = exact(b.eventDates, size);
        this.eventTypes = spare(b.eventTypes.length, size) ? b.eventTypes : Arrays.copyOf(b.eventTypes, size);
        this.codes = b.codes;
        this.products = exact(b.products, size);
        this.problems = exact(b.problems, size);
        this.hazards = exact(b.hazards, size);
        this.items = exact(b.items, size);
        this.outcomes = exact(b.outcomes, size);
        this.sources = exact(b.sources, size);
        this.narratives = narratives;
        this.lines = exact(b.lines, size);
        this.files = exact(b.files, size);
        this.fileNames = List.copyOf(b.fileNames);
        if (narratives.size() != size) {
            throw new IllegalStateException("narratives " + narratives.size() + " != rows " + size);
        }
    }

    /**
     * The builder's column when it is full or nearly (the builder hands it over: it is spent; rows are only read
     * below {@link #size}), else a copy of the rows: a million-row load does not copy 45 MB to drop a few spare
     * rows.
     */
    private static int[] exact(int[] column, int size) {
        return spare(column.length, size) ? column : Arrays.copyOf(column, size);
    }

    /** Whether a column of {@code capacity} holding {@code size} rows is kept as it is (at most 1/16 spare). */
    static boolean spare(int capacity, int size) {
        return capacity >= size && capacity - size <= size / 16;
    }

    public static IncidentStoreBuilder builder() {
        return new IncidentStoreBuilder();
    }

    /** A store built from values (small data, tests, other importers). */
    public static IncidentStore of(List<Incident> incidents) {
        IncidentStoreBuilder builder = builder();
        incidents.forEach(builder::add);
        return builder.build();
    }

    public int size() {
        return size;
    }

    public String id(int row) {
        return ids.get(row);
    }

    /** Received date as an epoch day, or {@link #NO_DATE}. */
    public int receivedDay(int row) {
        return received[row];
    }

    public int eventDay(int row) {
        return eventDates[row];
    }

    public EventType eventType(int row) {
        return EventType.ofOrdinal(eventTypes[row]);
    }

    public String productCode(int row) {
        return codes.value(products[row]);
    }

    public int productCodeId(int row) {
        return products[row];
    }

    public String problemCode(int row) {
        return codes.value(problems[row]);
    }

    public int problemCodeId(int row) {
        return problems[row];
    }

    /** The interned text of a code id (product, problem, outcome, source, hazard list). */
    public String codeText(int codeId) {
        return codes.value(codeId);
    }

    public int codeCount() {
        return codes.size();
    }

    /** Hazard ids named in the report itself. */
    public List<String> explicitHazards(int row) {
        return split(hazards[row]);
    }

    public List<String> explicitItems(int row) {
        return split(items[row]);
    }

    /** Code values split on ";" (cached per distinct value). */
    public synchronized List<String> split(int codeId) {
        while (splitCache.size() <= codeId) {
            splitCache.add(null);
        }
        List<String> parts = splitCache.get(codeId);
        if (parts == null) {
            parts = Arrays.stream(codes.value(codeId).split("[;,\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                    .distinct().toList();
            splitCache.set(codeId, parts);
        }
        return parts;
    }

    /** Code id of the row's explicit item list (0 when empty); {@link #split} gives the ids. */
    public int explicitItemsId(int row) {
        return items[row];
    }

    public int hazardListId(int row) {
        return hazards[row];
    }

    public int outcomeId(int row) {
        return outcomes[row];
    }

    public int sourceId(int row) {
        return sources[row];
    }

    public String outcome(int row) {
        return codes.value(outcomes[row]);
    }

    public String source(int row) {
        return codes.value(sources[row]);
    }

    public String narrative(int row) {
        return narratives.get(row);
    }

    public TextColumn narratives() {
        return narratives;
    }

    public SourceLocation location(int row) {
        return SourceLocation.of(fileNames.get(files[row]), lines[row]);
    }

    public List<String> files() {
        return fileNames;
    }

    /** One row as a value. */
    public Incident incident(int row) {
        return new Incident(id(row), date(received[row]), date(eventDates[row]), eventType(row), productCode(row),
                problemCode(row), explicitHazards(row), explicitItems(row), outcome(row), narrative(row), source(row),
                location(row));
    }

    private static LocalDate date(int day) {
        return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
    }

    /** This store and another in one (files of several years, several sources). */
    public IncidentStore concat(IncidentStore other) {
        IncidentStoreBuilder builder = builder();
        for (IncidentStore store : List.of(this, other)) {
            for (int row = 0; row < store.size; row++) {
                builder.add(store.incident(row));
            }
        }
        return builder.build();
    }
}
