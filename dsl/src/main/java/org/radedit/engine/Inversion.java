package org.radedit.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;

/** Turns a clean latent into a {@link Trajectory} (DESIGN.md §3, "Edit-friendly DDPM inversion"). */
final class Inversion {

    /** The noise an inversion follows at latent x and a timestep. */
    @FunctionalInterface
    interface NoiseEstimate {
        NDArray at(NDArray x, int timestep);
    }

    private Inversion() {
    }

    /**
     * Edit-friendly DDPM inversion. Only steps {@code start..T-1} are inverted: a run that skips
     * the first {@code start} steps never needs the others.
     *
     * @param source      the noise under the inversion's condition ({@code c_src}, null by default)
     * @param noiseSource where the independent {@code n_t} come from
     */
    static Trajectory editFriendly(NDArray x0, SamplingSteps steps, int start, NoiseEstimate source,
                                   NoiseSource noiseSource, long[] seeds, StepMonitor monitor) {
        int count = steps.count();
        NDArray[] latents = new NDArray[count + 1];
        NDArray[] addedNoise = new NDArray[count];
        latents[count] = x0;
        Shape perImage = x0.getShape().slice(1);

        // 1. xinv_t = sqrt(a_t) x_0 + sqrt(1 - a_t) n_t with an independent n_t per step (not chained).
        for (int k = start; k < count; k++) {
            try (NDScope scope = new NDScope()) {
                NDArray noise = noiseSource.draw(seeds, NoisePurpose.INVERSION, k, perImage, x0.getManager());
                latents[k] = DiffusionMath.noised(x0, noise, steps.aT(k));
                NDScope.unregister(latents[k]);
            }
        }
        // 2. From the noisiest step down: sigma_t z_t = xinv_{t-1} - mu_t(xinv_t, eps), and write back
        //    xinv_{t-1} = mu_t + sigma_t z_t so that generation retraces it exactly.
        for (int k = start; k < count; k++) {
            try (NDScope scope = new NDScope()) {
                NDArray eps = source.at(latents[k], steps.timestep(k));
                double sigma = steps.sigma(k);
                NDArray mean = DiffusionMath.posteriorMean(latents[k], eps, steps.aT(k), steps.aPrev(k), sigma);
                addedNoise[k] = DiffusionMath.addedNoise(latents[k + 1], mean);
                NDScope.unregister(addedNoise[k]);
                if (sigma > 0) {
                    NDArray rewritten = DiffusionMath.addNoise(mean, addedNoise[k]);
                    NDScope.unregister(rewritten);
                    latents[k + 1].close();
                    latents[k + 1] = rewritten;
                }
            }
            monitor.stepDone(EditPhase.INVERT, k - start + 1, count - start, steps.timestep(k), addedNoise[k]);
        }
        return new Trajectory(InversionKind.DDPM, steps, start, latents, addedNoise);
    }

    /**
     * Deterministic DDIM inversion, from the clean latent up to step {@code start}. The noise at
     * each new level is predicted at the current, less noisy state (the usual approximation), so
     * regeneration is close to but not exactly the input.
     */
    static Trajectory ddim(NDArray x0, SamplingSteps steps, int start, NoiseEstimate source, StepMonitor monitor) {
        int count = steps.count();
        NDArray[] latents = new NDArray[count + 1];
        latents[count] = x0;
        for (int k = count - 1; k >= start; k--) {
            try (NDScope scope = new NDScope()) {
                NDArray eps = source.at(latents[k + 1], steps.timestep(k));
                latents[k] = DiffusionMath.ddimInvert(latents[k + 1], eps, steps.aPrev(k), steps.aT(k));
                NDScope.unregister(latents[k]);
            }
            monitor.stepDone(EditPhase.INVERT, count - k, count - start, steps.timestep(k), latents[k]);
        }
        return new Trajectory(InversionKind.DDIM, steps, start, latents, null);
    }
}
