package org.radedit.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * A latent-resolution mask (B, 1, h, w) made ready for the sampler's per-step blends, so that each
 * step costs as few tensor operations as possible: a binary mask blends with one {@code where}, a soft
 * one with {@code m * a + (1 - m) * b} and its complement computed once.
 */
final class LatentMask {

    private final NDArray inside;
    private final NDArray outside;
    private final NDArray binary;

    private LatentMask(NDArray inside, NDArray outside, NDArray binary) {
        this.inside = inside;
        this.outside = outside;
        this.binary = binary;
    }

    /**
     * Prepares {@code mask} (values in [0, 1]) for blending latents of {@code latentShape} (B, C, h, w);
     * null stays null ("no mask").
     */
    static LatentMask of(NDArray mask, Shape latentShape) {
        if (mask == null) {
            return null;
        }
        boolean isBinary = mask.eq(0).logicalOr(mask.eq(1)).all().getBoolean();
        // libtorch's where broadcasts, DJL's does not: the boolean mask is expanded over channels once.
        return isBinary ? new LatentMask(mask, null, mask.eq(1).broadcast(latentShape))
                : new LatentMask(mask, mask.getManager().ones(mask.getShape()).sub(mask), null);
    }

    /** {@code m * a + (1 - m) * b}: exactly {@code a} where the mask is 1 and exactly {@code b} where it is 0. */
    NDArray blend(NDArray a, NDArray b) {
        return binary != null ? DiffusionMath.select(binary, a, b) : DiffusionMath.blend(inside, outside, a, b);
    }

    /** {@code w * m}, one map per guidance weight: localized guidance's weight at every latent cell. */
    NDArray weighted(double weight) {
        return DiffusionMath.times(inside, weight);
    }
}
