package org.radedit.engine;

/**
 * What a noise map of an edit is for. Each purpose has its own streams of a {@link NoiseSource};
 * the index counts the maps of one purpose (the inversion's step, the DiffEdit draw, ...).
 */
public enum NoisePurpose {
    /** {@code n_t} of edit-friendly inversion, index = step k (DESIGN.md §3). */
    INVERSION,
    /** The noise draws of the DiffEdit-like mask estimate, index = draw. */
    DIFFEDIT_MASK,
    /** Plain sampling: index 0 is the start, index k + 1 the noise added after step k. */
    SAMPLING,
    /** The sample of a VAE's latent distribution when a bundle encodes by sampling, index 0. */
    ENCODE
}
