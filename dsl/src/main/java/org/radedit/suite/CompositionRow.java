package org.radedit.suite;

/**
 * The composition test of one condition: the null edit applied once and {@code times} times in a row.
 *
 * @param records   records edited
 * @param times     how often the null edit was applied in a row
 * @param afterOnce mean |image − original| over the image after one null edit (0 for an ideal editor)
 * @param afterAll  the same after {@code times} null edits: how much the edits drift when composed
 */
public record CompositionRow(String condition, int records, int times, double afterOnce, double afterAll) {
}
