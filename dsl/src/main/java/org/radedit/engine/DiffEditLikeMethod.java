package org.radedit.engine;

import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * The DiffEdit-like baseline (DESIGN.md §3, "Baselines"): the edit mask is estimated from where the
 * target prompts change the noise prediction against the source, generation starts from a DDIM
 * inversion, and every latent cell outside the estimate follows it. The user's masks are not used.
 */
final class DiffEditLikeMethod implements EditMethod {

    @Override
    public String name() {
        return "DIFFEDIT";
    }

    @Override
    public String title() {
        return "DiffEdit-like";
    }

    @Override
    public InversionKind inversion() {
        return InversionKind.DDIM;
    }

    @Override
    public GenerationMasks masks(EditBatch batch) {
        return GenerationMasks.keepOutside(batch.estimatedMasks());
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
