package org.radedit.engine;

import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * The LANCE-like baseline (DESIGN.md §3, "Baselines"): the prompt guides the whole image, nothing
 * is kept, the decoded image is the edit.
 */
final class LanceLikeMethod implements EditMethod {

    @Override
    public String name() {
        return "LANCE";
    }

    @Override
    public String title() {
        return "LANCE-like";
    }

    @Override
    public GenerationMasks masks(EditBatch batch) {
        return GenerationMasks.everywhere();
    }

    @Override
    public FinishedEdit finish(EditInput input, Image decoded, Mask appliedMask, EditSettings settings) {
        return new FinishedEdit(decoded, appliedMask, null);
    }

    @Override
    public String toString() {
        return name();
    }
}
