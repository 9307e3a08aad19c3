package org.radedit.suite;

/**
 * One predictor on one kept edit and its original: the values (probability or Dice) on the real
 * and the edited image, with the labels each should get.
 */
record Observation(String predictor, String condition, String recordId, String group, long seed,
                   boolean realLabel, boolean editedLabel, double real, double edited) {
}
