package org.radedit.suite;

/**
 * Edit quality under one condition (setting without seed), averaged over its edits; NaN where the
 * world does not know (no true counterfactual, no ground-truth mask, no keep mask, no encoder).
 *
 * @param effective              edits where the oracle sees the requested label
 * @param oracleOnOriginal       originals where the oracle already sees it (the edit's starting point)
 * @param oracleOnCounterfactual true counterfactuals where the oracle sees it (the oracle's own ceiling)
 * @param errorToCounterfactual  mean |edited - true counterfactual| over the image
 * @param errorOfOriginal        mean |original - true counterfactual|: the error of not editing
 * @param changeOutsideMasks     mean |edited - original| outside the edit and keep masks (minimality)
 * @param keepCollateral         mean |edited - original| inside the keep mask (the spurious feature)
 * @param keepPixelsChanged      fraction of keep pixels whose value changed at all
 * @param maskDice               Dice of the applied mask against the record's mask of the changed finding
 * @param encoderDistance        1 - cos between the image encoder's embeddings of edit and counterfactual
 * @param encoderDistanceOriginal the same for the original: the distance of not editing
 * @param realism                Fréchet distance in the encoder's image space between the edits and real
 *                               images in the target state (lower is more realistic)
 * @param realismOfOriginal      the same for the unedited originals: where the edits start
 * @param realismFloor           the same for the true counterfactuals: the best an edit of these records can do
 */
public record QualityRow(String condition, int edits, int kept, double effective, double oracleOnOriginal,
                         double oracleOnCounterfactual, double errorToCounterfactual, double errorOfOriginal,
                         double changeOutsideMasks, double keepCollateral, double keepPixelsChanged, double maskDice,
                         double encoderDistance, double encoderDistanceOriginal, double realism,
                         double realismOfOriginal, double realismFloor) {
}
