package org.radedit.engine;

import ai.djl.ndarray.NDArray;

/**
 * The latent masks one batch is generated under (DESIGN.md §3): guidance acts only inside
 * {@code edit}, and inside {@code keep} the latent follows the inversion. Both are (B, 1, h, w) at
 * latent resolution; null means "everywhere" for {@code edit} and "nothing" for {@code keep}.
 */
public record GenerationMasks(NDArray edit, NDArray keep) {

    /** Guidance everywhere, nothing kept: a global edit. */
    public static GenerationMasks everywhere() {
        return new GenerationMasks(null, null);
    }

    /** Guidance inside {@code edit}; every latent cell outside it follows the inversion. */
    public static GenerationMasks keepOutside(NDArray edit) {
        return new GenerationMasks(edit, DiffusionMath.complement(edit));
    }
}
