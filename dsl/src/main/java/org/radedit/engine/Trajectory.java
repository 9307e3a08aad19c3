package org.radedit.engine;

import ai.djl.ndarray.NDArray;

/**
 * What inversion keeps of a clean latent: the noisy latents {@code xinv} of every step from
 * {@code start} on, and (DDPM only) the noise maps {@code z} that regenerate them.
 *
 * <p>{@code latent(k)} is the state at timestep {@code steps.timestep(k)}; {@code latent(T)} is the
 * clean latent {@code x_0}. {@code noiseMap(k)} takes step k to step k+1; for DDIM it is null.
 */
public record Trajectory(InversionKind kind, SamplingSteps steps, int start, NDArray[] latents, NDArray[] noiseMaps) {

    public NDArray latent(int k) {
        return latents[k];
    }

    public NDArray noiseMap(int k) {
        return noiseMaps == null ? null : noiseMaps[k];
    }

    /** The clean latent {@code x_0}. */
    public NDArray clean() {
        return latents[steps.count()];
    }

    /** The noise level of step k's update: DDPM's sigma, 0 for deterministic DDIM. */
    public double sigma(int k) {
        return kind == InversionKind.DDPM ? steps.sigma(k) : 0.0;
    }
}
