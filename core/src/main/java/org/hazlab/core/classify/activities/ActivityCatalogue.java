package org.hazlab.core.classify.activities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hazlab.core.classify.ClassificationResult;
import org.hazlab.core.classify.ItemClassification;
import org.hazlab.core.classify.SafetyClass;
import tech.tablesaw.api.Table;

/**
 * IEC 62304:2006+A1:2015 Table A.1 as data: which clauses each software safety class must perform. Kept as a
 * resource ({@code iec62304-activities.csv}) so a reviewer can check it against the standard line by line.
 */
public final class ActivityCatalogue {

    private static final String RESOURCE = "iec62304-activities.csv";
    private static final ActivityCatalogue IEC_62304 = load();

    private final List<Activity> activities;

    private ActivityCatalogue(List<Activity> activities) {
        this.activities = List.copyOf(activities);
    }

    /** The built-in IEC 62304:2006+A1:2015 table. */
    public static ActivityCatalogue iec62304() {
        return IEC_62304;
    }

    /** Every clause, in clause order. */
    public List<Activity> all() {
        return activities;
    }

    public List<Activity> requiredFor(SafetyClass safetyClass) {
        return activities.stream().filter(a -> a.requiredFor(safetyClass)).toList();
    }

    /** The activities of an item (or the system) of a 62304 result. */
    public List<Activity> requiredFor(ClassificationResult result, String itemId) {
        ItemClassification row = result.item(itemId)
                .orElseThrow(() -> new IllegalArgumentException("no item '" + itemId + "' in the result"));
        SafetyClass safetyClass = row.safetyClass().orElseThrow(() -> new IllegalArgumentException(
                "scheme " + result.schemeId() + " gives '" + row.label() + "', not an IEC 62304 class"));
        return requiredFor(safetyClass);
    }

    /** Activities added and dropped when a class changes from {@code from} to {@code to}. */
    public ActivityChange change(SafetyClass from, SafetyClass to) {
        List<Activity> added = activities.stream().filter(a -> a.requiredFor(to) && !a.requiredFor(from)).toList();
        List<Activity> dropped = activities.stream().filter(a -> a.requiredFor(from) && !a.requiredFor(to)).toList();
        return new ActivityChange(from, to, added, dropped);
    }

    /** Columns: clause, title, process, classes. */
    public Table table(SafetyClass safetyClass) {
        return ActivityTables.of("IEC 62304 activities for class " + safetyClass, requiredFor(safetyClass));
    }

    /** The whole Table A.1. */
    public Table table() {
        return ActivityTables.of("IEC 62304 Table A.1", activities);
    }

    private static ActivityCatalogue load() {
        try (InputStream in = ActivityCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Activity> list = new ArrayList<>();
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String row = line;
                String[] cells = row.split(",", -1);
                if (cells.length != 4) {
                    throw new IllegalStateException(RESOURCE + ": bad line " + line);
                }
                Set<SafetyClass> classes = EnumSet.noneOf(SafetyClass.class);
                for (String c : cells[3].strip().split("\\s+")) {
                    classes.add(SafetyClass.parse(c).orElseThrow(() -> new IllegalStateException(
                            RESOURCE + ": bad class in " + row)));
                }
                list.add(new Activity(cells[0].strip(), cells[1].strip(), cells[2].strip(), classes));
            }
            return new ActivityCatalogue(list);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
