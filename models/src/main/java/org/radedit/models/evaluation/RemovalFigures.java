package org.radedit.models.evaluation;

/**
 * What a RadEdit removal achieved over a set of phantoms, at one guidance weight.
 *
 * @param guidance            the guidance weight w
 * @param confineToEditMask   whether the edit was confined to its edit mask in pixel space
 * @param count               edited images
 * @param removedPercent      oracle says the finding is gone (%)
 * @param keptPercent         oracle still sees the kept structure (%)
 * @param originalKeptPercent oracle sees the kept structure in the unedited originals (%)
 * @param keepIdentical       every keep pixel of every edit equals the input's bit for bit
 * @param editError           mean |edited - true counterfactual| inside the lungs
 * @param originalError       the same for the unedited original
 * @param naiveError          the same for the naive control (edit region filled with the mean lung intensity)
 * @param naiveRemovedPercent oracle says the finding is gone in the naive control (%)
 */
public record RemovalFigures(double guidance, boolean confineToEditMask, int count, double removedPercent,
                             double keptPercent, double originalKeptPercent, boolean keepIdentical, double editError, double originalError, double naiveError, double naiveRemovedPercent) {

    /** Edit error as a fraction of the original's (the bar is 0.6). */
    public double errorRatio() {
        return editError / originalError;
    }
}
