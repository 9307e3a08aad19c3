package org.radedit.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/** The model role {@code eps_theta(x_t, t, c)}: it only runs forward, batched. */
@FunctionalInterface
public interface NoisePredictor {

    /**
     * @param latents    noisy latents, (B, C, h, w)
     * @param timesteps  training timesteps as float32, (B)
     * @param conditions encoded prompts, (B, ...) as made by a {@link ConditionEncoder}
     * @return the predicted noise, (B, C, h, w)
     */
    NDArray predictNoise(NDArray latents, NDArray timesteps, NDArray conditions);

    /**
     * What decides how fast the predictor runs (its layers, not its weights), to remember measurements
     * of it ({@link BatchTuner}): the class name unless a predictor knows better.
     */
    default String architecture() {
        return getClass().getName();
    }

    /** The floating-point type the model computes in (reports name it). */
    default DataType dataType() {
        return DataType.FLOAT32;
    }
}
