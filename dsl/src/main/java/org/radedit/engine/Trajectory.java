package org.radedit.engine;

import ai.djl.ndarray.NDArray;

/**
 * What inversion keeps of a clean latent: the noisy latents {@code xinv} of every step from
 * {@code start} on, and (DDPM only) the noise {@code sigma_t z_t} each step adds to regenerate them.
 *
 * <p>{@code latent(k)} is the state at timestep {@code steps.timestep(k)}; {@code latent(T)} is the
 * clean latent {@code x_0}. {@code addedNoise(k)} takes step k to step k+1; for DDIM it is null.
 */
public record Trajectory(InversionKind kind, SamplingSteps steps, int start, NDArray[] latents, NDArray[] addedNoise) {

    public NDArray latent(int k) {
        return latents[k];
    }

    /** {@code sigma_t z_t} of step k (the residual at the last step); null for DDIM. */
    public NDArray addedNoise(int k) {
        return addedNoise == null ? null : addedNoise[k];
    }

    /** The standard normal map {@code z_t} of step k (the residual where sigma is 0); null for DDIM. */
    public NDArray noiseMap(int k) {
        NDArray added = addedNoise(k);
        double sigma = sigma(k);
        return added == null || sigma == 0 ? added : DiffusionMath.times(added, 1 / sigma);
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
