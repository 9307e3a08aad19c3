package org.radedit.score;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;

/**
 * The paired image/text encoder role (BioViL-T in the paper): images and texts into one shared
 * embedding space.
 */
public interface ImageTextEncoder {

    /** Images in model range [-1, 1], (B, 1, H, W), to embeddings (B, D). */
    NDArray embedImages(NDArray images);

    /** Texts to embeddings (n, D). */
    NDArray embedTexts(List<String> texts, NDManager manager);
}
