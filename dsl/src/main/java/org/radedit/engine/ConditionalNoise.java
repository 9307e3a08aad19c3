package org.radedit.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Noise predictions under a base condition and zero or more guiding prompts, computed in one
 * batched forward pass: the batch is the latents repeated once per condition.
 *
 * <p>For editing the base is the null condition, so {@link Prediction#base()} is {@code eps_u} and
 * {@link Prediction#guided()} is {@code eps_cfg} (DESIGN.md §3, "Generation").
 */
final class ConditionalNoise {

    /**
     * {@code base}: eps under the base condition; {@code perPrompt}: eps under each prompt, guided by
     * {@code weights}. The guided noise is computed when asked for: localized guidance combines the parts
     * itself ({@link DiffusionMath#guidedWithin}).
     */
    record Prediction(NDArray base, List<NDArray> perPrompt, double[] weights) {

        /** {@code eps_cfg = eps_u + sum_i w_i (eps_ci - eps_u)}; the base alone when there are no prompts. */
        NDArray guided() {
            return perPrompt.isEmpty() ? base : DiffusionMath.guided(base, perPrompt, weights);
        }
    }

    private final NoisePredictor predictor;
    private final NDArray conditions;
    private final double[] weights;
    private final int groups;

    /**
     * @param base    base condition, (B, ...)
     * @param prompts one condition per prompt, each (B, ...)
     * @param weights guidance weight per prompt
     */
    ConditionalNoise(NoisePredictor predictor, NDArray base, List<NDArray> prompts, double[] weights) {
        if (prompts.size() != weights.length) {
            throw new IllegalArgumentException(prompts.size() + " prompts but " + weights.length + " weights");
        }
        this.predictor = predictor;
        this.weights = weights.clone();
        this.groups = 1 + prompts.size();
        NDList all = new NDList(base);
        all.addAll(prompts);
        this.conditions = groups == 1 ? base : NDArrays.concat(all);
    }

    /** The guidance weight of each prompt. */
    double[] weights() {
        return weights.clone();
    }

    Prediction predict(NDArray latents, int timestep) {
        long batch = latents.getShape().get(0);
        NDArray input = groups == 1 ? latents : Tensors.repeatBatch(latents, groups);
        NDArray t = latents.getManager().full(new Shape(batch * groups), (float) timestep);
        NDArray eps = predictor.predictNoise(input, t, conditions);
        if (groups == 1) {
            return new Prediction(eps, List.of(), weights);
        }
        NDList parts = eps.split(groups);
        List<NDArray> perPrompt = new ArrayList<>(parts.subList(1, groups));
        NDArray base = parts.get(0);
        return new Prediction(base, perPrompt, weights);
    }
}
