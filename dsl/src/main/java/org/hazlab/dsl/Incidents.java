package org.hazlab.dsl;

import java.util.List;
import java.util.Locale;
import org.codehaus.groovy.runtime.InvokerHelper;
import org.hazlab.core.incidents.ImportResult;
import org.hazlab.core.incidents.IncidentCounts;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.incidents.IncidentTables;
import org.hazlab.core.problem.Problem;
import org.hazlab.core.whatif.TableView;
import org.hazlab.dsl.render.Display;
import org.hazlab.dsl.render.TableFitter;
import tech.tablesaw.api.Table;

/**
 * What the {@code incidents} word and {@code ws.incidents} give a script: the incidents as the importers read
 * them into the columnar store, counted and grouped on the store's columns ({@code countBy('month',
 * 'product_code', 'event_type')}) and shown as a Tablesaw table built from the store when asked
 * ({@code .table}); any other Tablesaw method ({@code where}, {@code column}, ...) goes to that table. The file
 * is read once; the table is made on first use only.
 */
public final class Incidents implements TableView {

    private static final int PREVIEW_ROWS = 20;

    private final ImportResult result;
    private Table table;

    Incidents(ImportResult result) {
        this.result = result;
    }

    /** The incidents of an import (a workspace's, for a front end that binds them). */
    public static Incidents of(ImportResult result) {
        return new Incidents(result);
    }

    /** The columnar store, for the review and for Java cells. */
    public IncidentStore getStore() {
        return result.incidents();
    }

    /** The whole import: counts per file (read, loaded, rejected) and every problem. */
    public ImportResult getResult() {
        return result;
    }

    /** The format the files were read as ("csv", "maude", "openfda", "healthcanada", "table"). */
    public String getFormat() {
        return result.format();
    }

    public List<Problem> getProblems() {
        return result.problems();
    }

    @Override
    public int rowCount() {
        return result.incidents().size();
    }

    @Override
    public int columnCount() {
        return IncidentTables.view(result.incidents(), row -> false).columnCount();
    }

    /** The rows asked for, built from the store (the whole table is not made). */
    @Override
    public Table tableOfRows(java.util.function.IntPredicate rows) {
        return table == null ? IncidentTables.view(result.incidents(), rows) : TableView.super.tableOfRows(rows);
    }

    public int size() {
        return rowCount();
    }

    /**
     * Counts per combination of keys, computed on the store: {@code year}, {@code quarter}, {@code month},
     * {@code day}, {@code event_year}, {@code event_month}, {@code product_code}, {@code problem_code},
     * {@code event_type}, {@code hazard}, {@code item}, {@code outcome}, {@code source}, {@code file}.
     */
    public Table countBy(String... keys) {
        return IncidentCounts.countBy(result.incidents(), List.of(keys));
    }

    /** All rows as a Tablesaw table, built from the store on first use. */
    @Override
    public synchronized Table table() {
        if (table == null) {
            table = IncidentTables.view(result.incidents());
        }
        return table;
    }

    public Table getTable() {
        return table();
    }

    /** Tablesaw's methods, on the table view ({@code incidents.where(...)}, {@code incidents.column('id')}). */
    public Object methodMissing(String name, Object args) {
        return InvokerHelper.invokeMethod(table(), name, args);
    }

    public Object propertyMissing(String name) {
        return InvokerHelper.getProperty(table(), name);
    }

    /** What was read: the count, the format, and read, loaded and rejected, shown above the rows. */
    @Override
    public String caption() {
        return String.format(Locale.ROOT, "%,d incidents (%s): %,d read, %,d loaded, %,d rejected", rowCount(),
                result.format(), result.read(), result.loaded(), result.rejected());
    }

    /** The counts, then the head and tail of the rows through the one table renderer. */
    @Override
    public String toString() {
        return new TableFitter(Display.DEFAULT_WIDTH, 2 * PREVIEW_ROWS).fit(this);
    }
}
