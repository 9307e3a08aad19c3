package org.radedit.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * Where the standard normal noise of an edit comes from. The default draws it in Java from each
 * image's seed ({@link #seeded()}), so an edit is the same on any device, in any batch and order.
 * A source can also hand out noise made elsewhere (e.g. by a PyTorch reference run) to reproduce an
 * edit exactly: {@link StoredNoise}.
 */
@FunctionalInterface
public interface NoiseSource {

    /**
     * One standard normal map per image, stacked: (seeds.length, perImage...).
     *
     * @param seeds    the images' seeds, in batch order
     * @param purpose  what the maps are for
     * @param index    which map of that purpose (see {@link NoisePurpose})
     * @param perImage the shape of one image's map
     */
    NDArray draw(long[] seeds, NoisePurpose purpose, int index, Shape perImage, NDManager manager);

    /** Noise drawn from each image's seed, one stream per (seed, purpose, index). */
    static NoiseSource seeded() {
        return GaussianNoise.SEEDED;
    }
}
