package org.radedit.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;

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
        NDArray outsideEdit = editMask == null ? null : editMask.getManager().ones(editMask.getShape()).sub(editMask);
        NDArray outsideKeep = keepMask == null ? null : keepMask.getManager().ones(keepMask.getShape()).sub(keepMask);

        NDArray x = trajectory.latent(start);
        for (int k = start; k < count; k++) {
            NDArray next;
            try (NDScope scope = new NDScope()) {
                ConditionalNoise.Prediction p = target.predict(x, steps.timestep(k));
                // eps = m_edit * eps_cfg + (1 - m_edit) * eps_u: guidance only inside the edit mask.
                NDArray eps = editMask == null ? p.guided() : DiffusionMath.blend(editMask, outsideEdit, p.guided(), p.base());
                double sigma = trajectory.sigma(k);
                NDArray mean = DiffusionMath.posteriorMean(x, eps, steps.aT(k), steps.aPrev(k), sigma);
                next = DiffusionMath.addNoise(mean, trajectory.noiseMap(k), sigma);
                if (keepMask != null) {
                    // x = m_keep * xinv_{t-1} + (1 - m_keep) * x: the keep region follows the original.
                    next = DiffusionMath.blend(keepMask, outsideKeep, trajectory.latent(k + 1), next);
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
}
