package org.hazlab.core.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hazlab.core.incidents.EventType;
import org.hazlab.core.incidents.IncidentStore;
import org.hazlab.core.model.Hazard;
import org.hazlab.core.model.SafetyModel;
import org.hazlab.core.review.link.Links;

/**
 * Incident counts per period: per hazard (all reports and harm reports), per software item (through the hazards
 * that name it and the items a report names), per product code and per event type; "harm" series count the
 * review's {@link EventOfInterest}. One pass over the store's int
 * columns; the series run from the first period with data (at most a few years back) to the review period.
 */
public final class PeriodCounts {

    private final List<Period> periods;
    private final Map<String, long[]> hazardAll = new TreeMap<>();
    private final Map<String, long[]> hazardHarm = new TreeMap<>();
    private final Map<String, long[]> items = new TreeMap<>();
    private final Map<String, long[]> itemHarm = new TreeMap<>();
    private final Map<String, long[]> products = new TreeMap<>();
    private final Map<String, long[][]> hazardTypes = new TreeMap<>();
    private final long[][] unlinkedTypes;
    private final long[] unlinked;
    private final long[] events;
    private final long[][] eventTypes;
    private final long[] totals;
    private final long undated;
    private final long later;

    PeriodCounts(SafetyModel model, IncidentStore store, Links links, ObservedHarms harms, ReviewOptions options) {
        Period review = options.period();
        int asOf = (int) Math.min(options.asOf().toEpochDay(), review.end().toEpochDay());
        int firstDay = Integer.MAX_VALUE;
        for (int row = 0; row < store.size(); row++) {
            int day = store.receivedDay(row);
            if (day != IncidentStore.NO_DATE && day <= asOf && day < firstDay) {
                firstDay = day;
            }
        }
        // the ordinal grows with the day: the first period is the earliest day's (at most 40 periods back), or
        // the review's own when no report was received by the as-of date
        int first = firstDay == Integer.MAX_VALUE ? review.ordinal()
                : Math.max(Math.min(review.ordinal(), review.ordinalOf(firstDay)), review.ordinal() - 40);
        int[] ordinalOfDay = ordinalsOfDays(review, firstDay, asOf);
        int size = review.ordinal() - first + 1;
        List<Period> list = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            list.add(review.withOrdinal(first + i));
        }
        periods = Collections.unmodifiableList(list);
        eventTypes = new long[EventType.values().length][size];
        unlinkedTypes = new long[EventType.values().length][size];
        unlinked = new long[size];
        events = new long[size];
        EventOfInterest interest = options.parameters().eventOfInterest();
        totals = new long[size];
        for (Hazard hazard : model.hazards()) {
            hazardAll.put(hazard.id(), new long[size]);
            hazardHarm.put(hazard.id(), new long[size]);
        }
        for (var item : model.items()) {
            items.put(item.id(), new long[size]);
            itemHarm.put(item.id(), new long[size]);
        }
        // items by index, and per linked hazard the indexes of the items it names
        List<String> itemIds = new ArrayList<>(items.keySet());
        Map<String, Integer> itemIndex = new java.util.HashMap<>();
        long[][] itemAll = new long[itemIds.size()][];
        long[][] itemHarmSeries = new long[itemIds.size()][];
        for (int i = 0; i < itemIds.size(); i++) {
            itemIndex.put(itemIds.get(i), i);
            itemAll[i] = items.get(itemIds.get(i));
            itemHarmSeries[i] = itemHarm.get(itemIds.get(i));
        }
        List<String> linkedIds = links.hazardIds();
        int[][] itemsOfHazard = new int[linkedIds.size()][];
        long[][] all = new long[linkedIds.size()][];
        long[][][] types = new long[linkedIds.size()][][];
        long[][] harm = new long[linkedIds.size()][];
        for (int h = 0; h < linkedIds.size(); h++) {
            String id = linkedIds.get(h);
            itemsOfHazard[h] = indexes(model.hazard(id).map(Hazard::items).orElse(List.of()), itemIndex);
            all[h] = hazardAll.computeIfAbsent(id, k -> new long[size]);
            hazardTypes.put(id, new long[EventType.values().length][size]);
            harm[h] = hazardHarm.computeIfAbsent(id, k -> new long[size]);
        }
        long[][] productSeries = new long[store.codeCount()][];
        int[][] explicitItems = new int[store.codeCount()][];
        int[] stamp = new int[itemIds.size()];
        long undatedRows = 0;
        long laterRows = 0;
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
            int p = (ordinalOfDay != null ? ordinalOfDay[day - firstDay] : review.ordinalOf(day)) - first;
            if (p < 0) {
                continue;
            }
            EventType type = store.eventType(row);
            boolean isHarm = interest.includes(harms.of(row));
            totals[p]++;
            if (isHarm) {
                events[p]++;
            }
            eventTypes[type.ordinal()][p]++;
            int productId = store.productCodeId(row);
            if (productSeries[productId] == null) {
                productSeries[productId] = products.computeIfAbsent(store.codeText(productId), k -> new long[size]);
            }
            productSeries[productId][p]++;
            int mark = row + 1;
            int linkCount = links.linkCount(row);
            if (linkCount == 0) {
                unlinked[p]++;
                unlinkedTypes[type.ordinal()][p]++;
            }
            for (int i = 0; i < linkCount; i++) {
                int h = links.hazardAt(row, i);
                all[h][p]++;
                if (types[h] == null) {
                    types[h] = hazardTypes.get(linkedIds.get(h));
                }
                types[h][type.ordinal()][p]++;
                if (isHarm) {
                    harm[h][p]++;
                }
                for (int item : itemsOfHazard[h]) {
                    count(item, mark, stamp, itemAll, itemHarmSeries, p, isHarm);
                }
            }
            int itemsCode = store.explicitItemsId(row);
            if (itemsCode != 0) {
                if (explicitItems[itemsCode] == null) {
                    explicitItems[itemsCode] = indexes(store.split(itemsCode), itemIndex);
                }
                for (int item : explicitItems[itemsCode]) {
                    count(item, mark, stamp, itemAll, itemHarmSeries, p, isHarm);
                }
            }
        }
        undated = undatedRows;
        later = laterRows;
    }

    /**
     * The period ordinal of each day from {@code from} to {@code to}, looked up once per day instead of once per
     * report (a date conversion per row is a tenth of a second on a million reports); null when the span is
     * implausibly long for a table.
     */
    private static int[] ordinalsOfDays(Period review, int from, int to) {
        long span = (long) to - from + 1;
        if (span <= 0 || span > 200_000) {
            return null;
        }
        int[] ordinals = new int[(int) span];
        for (int i = 0; i < ordinals.length; i++) {
            ordinals[i] = review.ordinalOf(from + i);
        }
        return ordinals;
    }

    private static void count(int item, int mark, int[] stamp, long[][] all, long[][] harm, int p, boolean isHarm) {
        if (stamp[item] != mark) {
            stamp[item] = mark;
            all[item][p]++;
            if (isHarm) {
                harm[item][p]++;
            }
        }
    }

    private static int[] indexes(List<String> ids, Map<String, Integer> index) {
        return ids.stream().filter(index::containsKey).mapToInt(index::get).toArray();
    }

    public List<Period> periods() {
        return periods;
    }

    /** Index of the review period (the last). */
    public int reviewIndex() {
        return periods.size() - 1;
    }

    /** Reports per hazard and period (read-only map; the review does not change its arrays after counting). */
    public Map<String, long[]> hazards() {
        return Collections.unmodifiableMap(hazardAll);
    }

    public Map<String, long[]> harmByHazard() {
        return Collections.unmodifiableMap(hazardHarm);
    }

    public Map<String, long[]> items() {
        return Collections.unmodifiableMap(items);
    }

    /** Reports per hazard, event type (by ordinal) and period: the pairs the EBGM prior is fitted to. */
    public Map<String, long[][]> hazardEventTypes() {
        return Collections.unmodifiableMap(hazardTypes);
    }

    /** Reports linked to no hazard, per event type (by ordinal) and period. */
    public long[][] unlinkedEventTypes() {
        return unlinkedTypes;
    }

    /** Reports linked to no hazard per period. */
    public long[] unlinked() {
        return unlinked.clone();
    }

    /** Event-of-interest reports of all incidents per period. */
    public long[] events() {
        return events.clone();
    }

    /** Event-of-interest reports per item and period. */
    public Map<String, long[]> harmByItem() {
        return Collections.unmodifiableMap(itemHarm);
    }

    public Map<String, long[]> products() {
        return Collections.unmodifiableMap(products);
    }

    public long[] eventType(EventType type) {
        return eventTypes[type.ordinal()].clone();
    }

    public long[] totals() {
        return totals.clone();
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
