package org.radedit.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * The DiffEdit-like automatic mask (DESIGN.md §3, "Baselines"): where do the target prompts and the
 * source prompt disagree about the noise? {@code |eps(x_t, c_edit) - eps(x_t, c_src)|}, averaged
 * over channels, prompts and noise draws at {@code t = strength * N}, clamped at {@code clampRatio}
 * times its mean, normalised to [0, 1] and thresholded.
 */
final class DiffEditMaskEstimator {

    private DiffEditMaskEstimator() {
    }

    /** @return a binary latent-resolution mask, (B, 1, h, w) */
    static NDArray estimate(NDArray x0, ConditionalNoise sourceVsTargets, NoiseSchedule schedule,
                            DiffEditOptions options, NoiseSource noiseSource, long[] seeds, StepMonitor monitor) {
        int timestep = (int) Math.min(schedule.trainSteps() - 1, Math.round(options.strength() * schedule.trainSteps()));
        double aT = schedule.alphaBar(timestep);
        Shape perImage = x0.getShape().slice(1);
        NDArray sum = null;
        for (int draw = 0; draw < options.noiseDraws(); draw++) {
            try (NDScope scope = new NDScope()) {
                NDArray noise = noiseSource.draw(seeds, NoisePurpose.DIFFEDIT_MASK, draw, perImage, x0.getManager());
                ConditionalNoise.Prediction p = sourceVsTargets.predict(DiffusionMath.noised(x0, noise, aT), timestep);
                NDArray difference = null;
                for (NDArray target : p.perPrompt()) {
                    NDArray d = target.sub(p.base()).abs().mean(new int[] {1}, true);
                    difference = difference == null ? d : difference.add(d);
                }
                difference = difference.div(p.perPrompt().size());
                NDArray updated = sum == null ? difference : sum.add(difference);
                NDScope.unregister(updated);
                if (sum != null) {
                    sum.close();
                }
                sum = updated;
            }
            monitor.stepDone(EditPhase.ESTIMATE_MASK, draw + 1, options.noiseDraws(), timestep, null);
        }
        try (NDScope scope = new NDScope()) {
            NDArray map = sum.div(options.noiseDraws());
            NDArray clampAt = Tensors.meanPerImage(map).mul(options.clampRatio()).maximum(1e-12f);
            NDArray normalised = map.minimum(clampAt).div(clampAt);
            NDArray mask = normalised.gt(options.threshold()).toType(DataType.FLOAT32, false);
            NDScope.unregister(mask);
            sum.close();
            return mask;
        }
    }
}
