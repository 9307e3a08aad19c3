package org.radedit.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import java.util.function.IntFunction;

/**
 * Plain text-conditional sampling, no masks: {@code x_{t-1} = mu_t(x_t, eps_cfg) + sigma_t z_t}.
 * The noise maps are given, so the same noise can be replayed (e.g. an inversion's).
 */
final class AncestralSampler {

    private AncestralSampler() {
    }

    static NDArray sample(NDArray start, SamplingSteps steps, IntFunction<NDArray> noiseMaps,
                          ConditionalNoise condition, StepMonitor monitor) {
        NDArray x = start;
        int count = steps.count();
        for (int k = 0; k < count; k++) {
            NDArray next;
            try (NDScope scope = new NDScope()) {
                NDArray eps = condition.predict(x, steps.timestep(k)).guided();
                double sigma = steps.sigma(k);
                NDArray mean = DiffusionMath.posteriorMean(x, eps, steps.aT(k), steps.aPrev(k), sigma);
                next = DiffusionMath.addNoise(mean, noiseMaps.apply(k), sigma);
                NDScope.unregister(next);
            }
            if (x != start) {
                x.close();
            }
            x = next;
            monitor.stepDone(EditPhase.GENERATE, k + 1, count, steps.timestep(k), x);
        }
        return x;
    }
}
