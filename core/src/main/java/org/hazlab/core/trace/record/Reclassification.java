package org.hazlab.core.trace.record;

/**
 * One reclassification of an item in the history of a workspace.
 *
 * @param date          when (review as-of date, or the commit date)
 * @param source        where it was seen: "review 2026-Q3" or "git 1a2b3c4d5e"
 * @param item          item id
 * @param from          class before ("(new)" for an added item)
 * @param to            class after ("(removed)" for a removed item)
 * @param becauseBefore reason before
 * @param becauseAfter  reason after
 * @param note          the review period or the commit message
 */
public record Reclassification(String date, String source, String item, String from, String to,
                               String becauseBefore, String becauseAfter, String note) {
}
