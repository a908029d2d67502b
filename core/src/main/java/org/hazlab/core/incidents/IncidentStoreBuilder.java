package org.hazlab.core.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects rows for an {@link IncidentStore}. Importers either add whole {@link Incident} values or, on the
 * fast path, open a row with {@link #next} and set interned codes and epoch days straight from bytes. A builder
 * builds one store: columns that are full or nearly are handed over rather than copied (a million-row load saves
 * copying 45 MB), so it must not be changed after {@link #build}.
 */
public final class IncidentStoreBuilder {

    int size;
    final CompactText ids = new CompactText();
    int[] received = new int[64];
    int[] eventDates = new int[64];
    byte[] eventTypes = new byte[64];
    final Interner codes = new Interner();
    int[] products = new int[64];
    int[] problems = new int[64];
    int[] hazards = new int[64];
    int[] items = new int[64];
    int[] outcomes = new int[64];
    int[] sources = new int[64];
    int[] lines = new int[64];
    int[] files = new int[64];
    final List<String> fileNames = new ArrayList<>();
    private final CompactText narratives = new CompactText();
    private int currentFile = -1;

    IncidentStoreBuilder() {
    }

    /** The file the next rows come from. */
    public IncidentStoreBuilder file(String name) {
        int index = fileNames.indexOf(name);
        if (index < 0) {
            fileNames.add(name);
            index = fileNames.size() - 1;
        }
        currentFile = index;
        return this;
    }

    /** The interner for code columns; {@link #intern} is the shortcut. */
    public Interner codes() {
        return codes;
    }

    public int intern(byte[] bytes, int offset, int length) {
        return codes.intern(bytes, offset, length);
    }

    public int intern(String value) {
        return codes.intern(value);
    }

    /**
     * Opens a row with its id and source line; the other columns start empty (no dates, no answer) and are set
     * with the setters below. Narratives are added here only when the store is built with {@link #build()}.
     */
    public int next(byte[] id, int offset, int length, int line) {
        if (size == received.length) {
            grow();
        }
        if (currentFile < 0) {
            file("");
        }
        int row = size++;
        ids.add(id, offset, length);
        received[row] = IncidentStore.NO_DATE;
        eventDates[row] = IncidentStore.NO_DATE;
        eventTypes[row] = (byte) EventType.NO_ANSWER.ordinal();
        products[row] = 0;
        problems[row] = 0;
        hazards[row] = 0;
        items[row] = 0;
        outcomes[row] = 0;
        sources[row] = 0;
        lines[row] = line;
        files[row] = currentFile;
        return row;
    }

    /**
     * Makes room for about {@code rows} more rows, so that a large load does not copy its columns a dozen times
     * while they double (an estimate: more rows still fit).
     */
    public void reserve(int rows) {
        if (size + rows > received.length) {
            resize(size + rows);
        }
    }

    private void grow() {
        resize(received.length * 2);
    }

    private void resize(int n) {
        received = Arrays.copyOf(received, n);
        eventDates = Arrays.copyOf(eventDates, n);
        eventTypes = Arrays.copyOf(eventTypes, n);
        products = Arrays.copyOf(products, n);
        problems = Arrays.copyOf(problems, n);
        hazards = Arrays.copyOf(hazards, n);
        items = Arrays.copyOf(items, n);
        outcomes = Arrays.copyOf(outcomes, n);
        sources = Arrays.copyOf(sources, n);
        lines = Arrays.copyOf(lines, n);
        files = Arrays.copyOf(files, n);
    }

    public void received(int row, int epochDay) {
        received[row] = epochDay;
    }

    public void eventDate(int row, int epochDay) {
        eventDates[row] = epochDay;
    }

    public void eventType(int row, EventType type) {
        eventTypes[row] = (byte) type.ordinal();
    }

    public void product(int row, int code) {
        products[row] = code;
    }

    public void problem(int row, int code) {
        problems[row] = code;
    }

    public void hazards(int row, int code) {
        hazards[row] = code;
    }

    public void items(int row, int code) {
        items[row] = code;
    }

    public void outcome(int row, int code) {
        outcomes[row] = code;
    }

    public void source(int row, int code) {
        sources[row] = code;
    }

    /** Appends the narrative of the latest row (for {@link #build()}). */
    public void narrative(String text) {
        narratives.add(text);
    }

    public void narrative(byte[] bytes, int offset, int length) {
        narratives.add(bytes, offset, length);
    }

    public int size() {
        return size;
    }

    /** Adds a whole row, narrative included. */
    public int add(Incident incident) {
        file(incident.location().file());
        byte[] id = incident.id().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int row = next(id, 0, id.length, incident.location().line());
        received[row] = day(incident.received());
        eventDates[row] = day(incident.eventDate());
        eventType(row, incident.eventType());
        products[row] = codes.intern(incident.productCode());
        problems[row] = codes.intern(incident.problemCode());
        hazards[row] = codes.intern(String.join("; ", incident.hazards()));
        items[row] = codes.intern(String.join("; ", incident.items()));
        outcomes[row] = codes.intern(incident.outcome());
        sources[row] = codes.intern(incident.source());
        narratives.add(incident.narrative());
        return row;
    }

    /**
     * Appends the rows of {@code later}, read from the following records of the same file on another thread (the
     * second half of a split file), with source lines shifted by {@code lineShift}. Its codes are interned here in
     * the order it first met them, which is the order a single pass over both halves would have met the new ones
     * in, so the code numbers come out as a single pass gives them.
     */
    public void append(IncidentStoreBuilder later, int lineShift) {
        int[] code = new int[later.codes.size()];
        for (int c = 0; c < code.length; c++) {
            byte[] key = later.codes.bytes(c);
            code[c] = codes.intern(key, 0, key.length);
        }
        int[] file = new int[later.fileNames.size()];
        for (int f = 0; f < file.length; f++) {
            String name = later.fileNames.get(f);
            if (!fileNames.contains(name)) {
                fileNames.add(name);
            }
            file[f] = fileNames.indexOf(name);
        }
        if (received.length < size + later.size) {
            resize(size + later.size); // exactly: the last rows, so build() copies nothing
        }
        ids.addAll(later.ids);
        narratives.addAll(later.narratives);
        System.arraycopy(later.received, 0, received, size, later.size);
        System.arraycopy(later.eventDates, 0, eventDates, size, later.size);
        System.arraycopy(later.eventTypes, 0, eventTypes, size, later.size);
        for (int row = 0; row < later.size; row++) {
            int to = size + row;
            products[to] = code[later.products[row]];
            problems[to] = code[later.problems[row]];
            hazards[to] = code[later.hazards[row]];
            items[to] = code[later.items[row]];
            outcomes[to] = code[later.outcomes[row]];
            sources[to] = code[later.sources[row]];
            lines[to] = later.lines[row] + lineShift;
            files[to] = file[later.files[row]];
        }
        size += later.size;
    }

    private static int day(LocalDate date) {
        return date == null ? IncidentStore.NO_DATE : (int) date.toEpochDay();
    }

    /** The store, with the narratives added through this builder. */
    public IncidentStore build() {
        return new IncidentStore(this, narratives.trim());
    }

    /** The store, with narratives kept elsewhere (e.g. {@link FileText}), one per row. */
    public IncidentStore build(TextColumn externalNarratives) {
        return new IncidentStore(this, externalNarratives);
    }
}
