package org.radedit.suite;

/** What a shift report measures: a classifier's accuracy (with AUROC) or a segmenter's Dice. */
public enum ShiftMetric {
    /** Fraction of images where {@code p >= 0.5} matches the label. */
    ACCURACY,
    /** Dice of the predicted mask against the truth mask. */
    DICE
}
