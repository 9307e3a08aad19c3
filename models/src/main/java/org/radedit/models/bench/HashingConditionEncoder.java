package org.radedit.models.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.SplittableRandom;
import org.radedit.engine.ConditionEncoder;

/** An untrained stand-in text encoder: each prompt to a fixed pseudo-random vector, "" to zeros. */
final class HashingConditionEncoder implements ConditionEncoder {

    private final int size;

    HashingConditionEncoder(int size) {
        this.size = size;
    }

    @Override
    public NDArray encode(List<String> prompts, NDManager manager) {
        float[] values = new float[prompts.size() * size];
        for (int p = 0; p < prompts.size(); p++) {
            if (prompts.get(p).isEmpty()) {
                continue;
            }
            SplittableRandom random = new SplittableRandom(prompts.get(p).hashCode());
            for (int j = 0; j < size; j++) {
                values[p * size + j] = (float) random.nextGaussian();
            }
        }
        return manager.create(values, new Shape(prompts.size(), size));
    }
}
