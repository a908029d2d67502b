package org.hazlab.core.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.review.link.Links;

/**
 * Incident counts per period: per hazard (all reports and harm reports), per software item (through the hazards
 * that name it and the items a report names), per product code and per event type. One pass over the store's int
 * columns; the series run from the first period with data (at most a few years back) to the review period.
 */
public final class PeriodCounts {

    private final List<Period> periods;
    private final Map<String, long[]> hazardAll = new TreeMap<>();
    private final Map<String, long[]> hazardHarm = new TreeMap<>();
    private final Map<String, long[]> items = new TreeMap<>();
    private final Map<String, long[]> itemHarm = new TreeMap<>();
    private final Map<String, long[]> products = new TreeMap<>();
    private final long[][] eventTypes;
    private final long[] totals;
    private final long undated;
    private final long later;

    PeriodCounts(SafetyModel model, IncidentStore store, Links links, ReviewOptions options) {
        Period review = options.period();
        int asOf = (int) Math.min(options.asOf().toEpochDay(), review.end().toEpochDay());
        int first = review.ordinal();
        for (int row = 0; row < store.size(); row++) {
            int day = store.receivedDay(row);
            if (day != IncidentStore.NO_DATE && day <= asOf) {
                first = Math.min(first, review.ordinalOf(day));
            }
        }
        first = Math.max(first, review.ordinal() - 40);
        int size = review.ordinal() - first + 1;
        List<Period> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(review.withOrdinal(first + i));
        }
        periods = Collections.unmodifiableList(list);
        eventTypes = new long[EventType.values().length][size];
        totals = new long[size];
        for (Hazard hazard : model.hazards()) {
            hazardAll.put(hazard.id(), new long[size]);
            hazardHarm.put(hazard.id(), new long[size]);
        }
        for (var item : model.items()) {
            items.put(item.id(), new long[size]);
            itemHarm.put(item.id(), new long[size]);
        }
        // items per linked hazard index
        List<String> linkedIds = links.hazardIds();
        List<List<String>> itemsOfHazard = new ArrayList<>();
        for (String id : linkedIds) {
            itemsOfHazard.add(model.hazard(id).map(Hazard::items).orElse(List.of()));
            hazardAll.computeIfAbsent(id, k -> new long[size]);
            hazardHarm.computeIfAbsent(id, k -> new long[size]);
        }
        long[][] all = new long[linkedIds.size()][];
        long[][] harm = new long[linkedIds.size()][];
        for (int h = 0; h < linkedIds.size(); h++) {
            all[h] = hazardAll.get(linkedIds.get(h));
            harm[h] = hazardHarm.get(linkedIds.get(h));
        }
        String[] productNames = new String[store.codeCount()];
        long undatedRows = 0;
        long laterRows = 0;
        TreeSet<String> rowItems = new TreeSet<>();
        for (int row = 0; row < store.size(); row++) {
            int day = store.receivedDay(row);
            if (day == IncidentStore.NO_DATE) {
                undatedRows++;
                continue;
            }
            if (day > asOf) {
                laterRows++;
                continue;
            }
            int p = review.ordinalOf(day) - first;
            if (p < 0) {
                continue;
            }
            EventType type = store.eventType(row);
            totals[p]++;
            eventTypes[type.ordinal()][p]++;
            int productId = store.productCodeId(row);
            if (productNames[productId] == null) {
                productNames[productId] = store.codeText(productId);
            }
            products.computeIfAbsent(productNames[productId], k -> new long[size])[p]++;
            int linkCount = links.linkCount(row);
            rowItems.clear();
            for (int i = 0; i < linkCount; i++) {
                int h = links.hazardAt(row, i);
                all[h][p]++;
                if (type.isHarm()) {
                    harm[h][p]++;
                }
                rowItems.addAll(itemsOfHazard.get(h));
            }
            if (store.hazardListId(row) != 0 || linkCount > 0) {
                rowItems.addAll(store.explicitItems(row));
            }
            for (String item : rowItems) {
                long[] series = items.get(item);
                if (series != null) {
                    series[p]++;
                    if (type.isHarm()) {
                        itemHarm.get(item)[p]++;
                    }
                }
            }
        }
        undated = undatedRows;
        later = laterRows;
    }

    public List<Period> periods() {
        return periods;
    }

    /** Index of the review period (the last). */
    public int reviewIndex() {
        return periods.size() - 1;
    }

    public Map<String, long[]> hazards() {
        return hazardAll;
    }

    public Map<String, long[]> harmByHazard() {
        return hazardHarm;
    }

    public Map<String, long[]> items() {
        return items;
    }

    /** Death or injury reports per item and period. */
    public Map<String, long[]> harmByItem() {
        return itemHarm;
    }

    public Map<String, long[]> products() {
        return products;
    }

    public long[] eventType(EventType type) {
        return eventTypes[type.ordinal()];
    }

    public long[] totals() {
        return totals;
    }

    /** Reports without a received date (not in any period). */
    public long undated() {
        return undated;
    }

    /** Reports received after the as-of date (ignored). */
    public long receivedLater() {
        return later;
    }
}
