package org.radedit.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.SplittableRandom;

/**
 * Standard normal noise drawn in Java from a per-image seed ({@link NoiseSource#seeded()}), so that an edit is the same on any
 * device, in any batch, in any order. Each (seed, purpose, index) triple has its own stream.
 */
final class GaussianNoise {

    static final NoiseSource SEEDED = new NoiseSource() {
        @Override
        public NDArray draw(long[] seeds, NoisePurpose purpose, int index, Shape perImage, NDManager manager) {
            return GaussianNoise.draw(seeds, purpose, index, perImage, manager);
        }

        @Override
        public String toString() {
            return "seeded Gaussian noise";
        }
    };

    private GaussianNoise() {
    }

    /** Draws one map per seed and stacks them: the result is (seeds.length, perImage...). */
    static NDArray draw(long[] seeds, NoisePurpose purpose, int index, Shape perImage, NDManager manager) {
        long[] dims = new long[perImage.dimension() + 1];
        dims[0] = seeds.length;
        System.arraycopy(perImage.getShape(), 0, dims, 1, perImage.dimension());
        int size = Math.toIntExact(perImage.size());
        return Tensors.filled(new Shape(dims), manager, out -> fill(out, seeds, purpose, index, size));
    }

    private static void fill(FloatBuffer out, long[] seeds, NoisePurpose purpose, int index, int size) {
        for (int b = 0; b < seeds.length; b++) {
            SplittableRandom random = new SplittableRandom(streamSeed(seeds[b], purpose, index));
            int offset = b * size;
            for (int i = 0; i < size; i++) {
                out.put(offset + i, (float) random.nextGaussian());
            }
        }
    }

    /** A well-mixed seed for one stream (the finaliser of SplitMix64). */
    static long streamSeed(long seed, NoisePurpose purpose, int index) {
        long z = seed * 0x9E3779B97F4A7C15L + (purpose.ordinal() + 1) * 0xBF58476D1CE4E5B9L
                + (index + 1) * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
