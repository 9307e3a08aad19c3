package org.radedit.engine;

import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * RadEdit (DESIGN.md §3): guidance only inside the edit mask, the keep mask's latent follows the
 * inversion, and after decoding the keep pixels are the original's, bit for bit
 * ({@link KeepRestoration}). With {@link EditSettings#confineToEditMask()} every pixel outside the
 * edit mask is the original's too ({@link EditConfinement}).
 */
final class RadEditMethod implements EditMethod {

    @Override
    public String name() {
        return "RADEDIT";
    }

    @Override
    public String title() {
        return "RadEdit";
    }

    @Override
    public boolean needsEditMask() {
        return true;
    }

    @Override
    public GenerationMasks masks(EditBatch batch) {
        return new GenerationMasks(batch.editMasks(), batch.keepMasks());
    }

    @Override
    public FinishedEdit finish(EditInput input, Image decoded, Mask appliedMask, EditSettings settings) {
        Image confined = settings.confineToEditMask() ? EditConfinement.apply(input.image(), decoded, input.editMask())
                : decoded;
        Image restored = KeepRestoration.restore(input.image(), confined, input.keepMask());
        return new FinishedEdit(restored, input.editMask(), input.keepMask());
    }

    @Override
    public String toString() {
        return name();
    }
}
