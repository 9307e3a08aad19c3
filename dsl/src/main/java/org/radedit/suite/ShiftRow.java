package org.radedit.suite;

/**
 * One row of a shift report: a predictor under one condition (setting without seed) on one group
 * ("all", a group, or the worst group). Figures are fractions (accuracy, Dice, AUROC in [0, 1]);
 * {@code change} is edited minus real.
 *
 * @param records distinct records with a kept edit
 * @param edits   kept edits (records times the seeds they were kept for)
 */
public record ShiftRow(String predictor, String condition, String group, int records, int edits, Estimate real,
                       Estimate edited, Estimate change, Estimate realAuroc, Estimate editedAuroc) {
}
