package org.radedit.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/** Sinusoidal timestep features, as in the DDPM and Transformer papers. */
final class TimeFeatures {

    private TimeFeatures() {
    }

    /**
     * {@code [sin(t * f_i), cos(t * f_i)]} with {@code f_i = 10000^(-i / half)}, i < half = size / 2.
     * Input t: (B) float32; output (B, size).
     */
    static NDArray sinusoidal(NDArray t, int size) {
        int half = size / 2;
        float[] frequencies = new float[half];
        for (int i = 0; i < half; i++) {
            frequencies[i] = (float) Math.exp(-Math.log(10000.0) * i / half);
        }
        NDArray f = t.getManager().create(frequencies, new Shape(1, half));
        NDArray angles = t.reshape(-1, 1).mul(f);
        return angles.sin().concat(angles.cos(), 1);
    }
}
