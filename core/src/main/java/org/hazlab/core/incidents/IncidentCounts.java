package org.hazlab.core.incidents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Counts of incidents grouped by period, product, event type, hazard, item and the other code columns, computed
 * on the store's int columns (no table of a million rows is made to count them). A report that names several
 * hazards or items counts once under each. The result is a small table sorted by its keys, so the same data
 * gives the same bytes.
 */
public final class IncidentCounts {

    /** The keys {@link #countBy} understands; periods are of the date the report was received. */
    public static final List<String> KEYS = List.of("year", "quarter", "month", "day", "event_year",
            "event_month", "product_code", "problem_code", "event_type", "hazard", "item", "outcome", "source",
            "file");

    private IncidentCounts() {
    }

    /**
     * Row counts per combination of the keys' values.
     *
     * @throws IllegalArgumentException for an unknown key, naming the known ones
     */
    public static Table countBy(IncidentStore store, List<String> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("countBy needs at least one key; the keys are: "
                    + String.join(", ", KEYS));
        }
        List<Key> dimensions = new ArrayList<>();
        for (String name : keys) {
            dimensions.add(key(store, name));
        }
        Map<List<Integer>, int[]> counts = new HashMap<>();
        int[] current = new int[dimensions.size()];
        if (dimensions.size() <= 3) {
            // packed keys in a primitive map: no object per row (20M rows allocate nothing per row)
            PackedCounts packed = new PackedCounts();
            for (int row = 0; row < store.size(); row++) {
                expandPacked(store, row, dimensions, 0, 0L, packed);
            }
            packed.forEach((key, n) -> {
                List<Integer> codes = new ArrayList<>(dimensions.size());
                for (int i = 0; i < dimensions.size(); i++) {
                    codes.add((int) ((key >>> (BITS * i)) & MASK) - 1);
                }
                counts.put(codes, new int[] {n});
            });
        } else {
            for (int row = 0; row < store.size(); row++) {
                expand(store, row, dimensions, 0, current, counts);
            }
        }
        List<Map.Entry<List<Integer>, int[]>> entries = new ArrayList<>(counts.entrySet());
        Comparator<List<Integer>> byLabels = (a, b) -> {
            for (int i = 0; i < a.size(); i++) {
                int c = dimensions.get(i).label(a.get(i)).compareTo(dimensions.get(i).label(b.get(i)));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        entries.sort(Map.Entry.comparingByKey(byLabels));
        List<StringColumn> columns = new ArrayList<>();
        for (String name : keys) {
            columns.add(StringColumn.create(name));
        }
        IntColumn count = IntColumn.create("count");
        for (Map.Entry<List<Integer>, int[]> entry : entries) {
            for (int i = 0; i < columns.size(); i++) {
                columns.get(i).append(dimensions.get(i).label(entry.getKey().get(i)));
            }
            count.append(entry.getValue()[0]);
        }
        Table table = Table.create("incidents by " + String.join(", ", keys));
        columns.forEach(table::addColumns);
        table.addColumns(count);
        return table;
    }

    private static final int BITS = 21;
    private static final long MASK = (1L << BITS) - 1;

    private static void expandPacked(IncidentStore store, int row, List<Key> dimensions, int depth, long key,
                                     PackedCounts counts) {
        if (depth == dimensions.size()) {
            counts.increment(key);
            return;
        }
        Key dimension = dimensions.get(depth);
        if (dimension.multi) {
            List<String> values = store.split(dimension.codeOf(row));
            if (values.isEmpty()) {
                expandPacked(store, row, dimensions, depth + 1, key, counts);
            }
            for (String value : values) {
                expandPacked(store, row, dimensions, depth + 1, key | pack(dimension.part(value), depth), counts);
            }
            return;
        }
        expandPacked(store, row, dimensions, depth + 1, key | pack(dimension.codeOf(row), depth), counts);
    }

    private static long pack(int code, int depth) {
        long value = code + 1L;
        if (value > MASK) {
            throw new IllegalStateException("countBy: more than " + MASK + " distinct values in one key");
        }
        return value << (BITS * depth);
    }

    /** Counts per packed key: open addressing over long keys, no boxing. */
    private static final class PackedCounts {
        private long[] keys = new long[1024];
        private int[] counts = new int[1024];
        private boolean[] used = new boolean[1024];
        private int size;

        void increment(long key) {
            int slot = slot(key, keys.length);
            while (used[slot] && keys[slot] != key) {
                slot = (slot + 1) & (keys.length - 1);
            }
            if (!used[slot]) {
                used[slot] = true;
                keys[slot] = key;
                if (++size * 2 > keys.length) {
                    counts[slot] = 1;
                    grow();
                    return;
                }
            }
            counts[slot]++;
        }

        private static int slot(long key, int length) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & (length - 1);
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldCounts = counts;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            counts = new int[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldUsed[i]) {
                    int slot = slot(oldKeys[i], keys.length);
                    while (used[slot]) {
                        slot = (slot + 1) & (keys.length - 1);
                    }
                    used[slot] = true;
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }

        void forEach(java.util.function.ObjIntConsumer<Long> action) {
            for (int i = 0; i < keys.length; i++) {
                if (used[i]) {
                    action.accept(keys[i], counts[i]);
                }
            }
        }
    }

    private static void expand(IncidentStore store, int row, List<Key> dimensions, int depth, int[] current,
                               Map<List<Integer>, int[]> counts) {
        if (depth == dimensions.size()) {
            List<Integer> key = new ArrayList<>(current.length);
            for (int value : current) {
                key.add(value);
            }
            counts.computeIfAbsent(key, k -> new int[1])[0]++;
            return;
        }
        Key dimension = dimensions.get(depth);
        if (dimension.multi) {
            List<String> values = store.split(dimension.codeOf(row));
            if (values.isEmpty()) {
                current[depth] = -1;
                expand(store, row, dimensions, depth + 1, current, counts);
            }
            for (String value : values) {
                current[depth] = dimension.part(value);
                expand(store, row, dimensions, depth + 1, current, counts);
            }
            return;
        }
        current[depth] = dimension.codeOf(row);
        expand(store, row, dimensions, depth + 1, current, counts);
    }

    private static Key key(IncidentStore store, String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "year" -> Key.period(store, false, Period.YEAR);
            case "quarter" -> Key.period(store, false, Period.QUARTER);
            case "month" -> Key.period(store, false, Period.MONTH);
            case "day" -> Key.period(store, false, Period.DAY);
            case "event_year" -> Key.period(store, true, Period.YEAR);
            case "event_month" -> Key.period(store, true, Period.MONTH);
            case "product_code" -> Key.code(store, store::productCodeId);
            case "problem_code" -> Key.code(store, store::problemCodeId);
            case "outcome" -> Key.code(store, store::outcomeId);
            case "source" -> Key.code(store, store::sourceId);
            case "event_type" -> new Key(row -> store.eventType(row).ordinal(),
                    code -> EventType.ofOrdinal(code).word(), false);
            case "hazard", "hazards" -> Key.multi(store, store::hazardListId);
            case "item", "items" -> Key.multi(store, store::explicitItemsId);
            case "file" -> new Key(row -> store.files().indexOf(store.location(row).file()),
                    code -> store.files().get(code), false);
            default -> throw new IllegalArgumentException("countBy: unknown key '" + name + "'; the keys are: "
                    + String.join(", ", KEYS));
        };
    }

    private enum Period { YEAR, QUARTER, MONTH, DAY }

    /** One grouping dimension: a row's value as an int code and the label of a code. */
    private static final class Key {
        private final java.util.function.IntUnaryOperator code;
        private final java.util.function.IntFunction<String> label;
        private final boolean multi;
        private final Map<String, Integer> parts = new HashMap<>();
        private final List<String> partLabels = new ArrayList<>();

        Key(java.util.function.IntUnaryOperator code, java.util.function.IntFunction<String> label, boolean multi) {
            this.code = code;
            this.label = label;
            this.multi = multi;
        }

        static Key code(IncidentStore store, java.util.function.IntUnaryOperator column) {
            return new Key(column, store::codeText, false);
        }

        static Key multi(IncidentStore store, java.util.function.IntUnaryOperator column) {
            return new Key(column, null, true);
        }

        static Key period(IncidentStore store, boolean eventDate, Period period) {
            Map<Integer, Integer> byDay = new HashMap<>();
            List<String> labels = new ArrayList<>();
            int[] lastDay = {Integer.MIN_VALUE + 1};
            int[] lastCode = {-1};
            return new Key(row -> {
                int day = eventDate ? store.eventDay(row) : store.receivedDay(row);
                if (day == lastDay[0]) {
                    return lastCode[0];
                }
                Integer known = byDay.get(day);
                if (known == null) {
                    String text = day == IncidentStore.NO_DATE ? "" : label(LocalDate.ofEpochDay(day), period);
                    int index = labels.indexOf(text);
                    if (index < 0) {
                        labels.add(text);
                        index = labels.size() - 1;
                    }
                    known = index;
                    byDay.put(day, known);
                }
                lastDay[0] = day;
                lastCode[0] = known;
                return known;
            }, labels::get, false);
        }

        private static String label(LocalDate date, Period period) {
            return switch (period) {
                case YEAR -> Integer.toString(date.getYear());
                case QUARTER -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
                case MONTH -> String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
                case DAY -> date.toString();
            };
        }

        int codeOf(int row) {
            return code.applyAsInt(row);
        }

        int part(String value) {
            return parts.computeIfAbsent(value, v -> {
                partLabels.add(v);
                return partLabels.size() - 1;
            });
        }

        String label(int value) {
            if (multi) {
                return value < 0 ? "" : partLabels.get(value);
            }
            return label.apply(value);
        }
    }
}
