package org.radedit.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import java.util.ArrayList;
import java.util.List;

/**
 * Generation with an edit mask, a keep mask and localized guidance (DESIGN.md §3, "Generation with
 * dual masks and localized CFG"). Masks are latent-resolution (B, 1, h, w); null means "everywhere"
 * for the edit mask and "nowhere" for the keep mask.
 */
final class MaskedSampler {

    private MaskedSampler() {
    }

    static NDArray generate(Trajectory trajectory, ConditionalNoise target, NDArray editMask, NDArray keepMask,
                            StepMonitor monitor) {
        SamplingSteps steps = trajectory.steps();
        int count = steps.count();
        int start = trajectory.start();
        NDArray x = trajectory.latent(start);
        LatentMask keep = LatentMask.of(keepMask, x.getShape());
        List<NDArray> weightMaps = editMask == null ? null : weightMaps(LatentMask.of(editMask, x.getShape()), target.weights());

        for (int k = start; k < count; k++) {
            NDArray next;
            try (NDScope scope = new NDScope()) {
                ConditionalNoise.Prediction p = target.predict(x, steps.timestep(k));
                // eps = m_edit * eps_cfg + (1 - m_edit) * eps_u: guidance only inside the edit mask.
                NDArray eps = weightMaps == null ? p.guided() : DiffusionMath.guidedWithin(p.base(), p.perPrompt(), weightMaps);
                next = DiffusionMath.step(x, eps, steps.aT(k), steps.aPrev(k), trajectory.sigma(k), trajectory.addedNoise(k));
                if (keep != null) {
                    // x = m_keep * xinv_{t-1} + (1 - m_keep) * x: the keep region follows the original.
                    next = keep.blend(trajectory.latent(k + 1), next);
                }
                NDScope.unregister(next);
            }
            if (k > start) {
                x.close();
            }
            x = next;
            monitor.stepDone(EditPhase.GENERATE, k - start + 1, count - start, steps.timestep(k), x);
        }
        return x;
    }

    /** {@code w_i * m_edit} for each prompt's weight. */
    private static List<NDArray> weightMaps(LatentMask editMask, double[] weights) {
        List<NDArray> maps = new ArrayList<>();
        for (double w : weights) {
            maps.add(editMask.weighted(w));
        }
        return maps;
    }
}
