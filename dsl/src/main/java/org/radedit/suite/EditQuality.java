package org.radedit.suite;

/** The quality figures of one edit (NaN where unknown); {@link QualityRow} averages them per condition. */
record EditQuality(String recordId, long seed, String condition, boolean kept, double score, boolean effective, boolean oracleOnOriginal,
                   double oracleOnCounterfactual, double errorToCounterfactual, double errorOfOriginal,
                   double changeOutsideMasks, double maxChangeOutsideMasks, double keepCollateral, double keepPixelsChanged, double maskDice,
                   double encoderDistance, double encoderDistanceOriginal) {
}
