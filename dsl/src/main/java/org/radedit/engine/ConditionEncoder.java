package org.radedit.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;

/**
 * The text encoder role for conditioning: prompts to condition tensors. The null condition (for
 * classifier-free guidance and for inversion) is the encoding of the empty prompt.
 */
@FunctionalInterface
public interface ConditionEncoder {

    /** Encodes each prompt; the result is (n, ...) with one row per prompt. */
    NDArray encode(List<String> prompts, NDManager manager);

    default NDArray nullCondition(NDManager manager) {
        return encode(List.of(""), manager);
    }
}
