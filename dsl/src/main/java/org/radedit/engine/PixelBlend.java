package org.radedit.engine;

import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * The pixel-space blend after decoding, {@code out = m * a + (1 - m) * b}, shared by the keep mask
 * and the edit mask. Where {@code m} is exactly 1 (or 0) the pixel is copied from {@code a} (or
 * {@code b}), so it is bit-identical to it; the latent-space blends are {@link DiffusionMath#blend}.
 */
final class PixelBlend {

    private PixelBlend() {
    }

    /** @param maskName how an error names {@code m} when its size does not match */
    static Image blend(Mask m, Image a, Image b, String maskName) {
        m.requireSize(a.width(), a.height(), maskName);
        float[] pa = a.pixels();
        float[] pb = b.pixels();
        float[] w = m.values();
        float[] out = new float[pa.length];
        for (int i = 0; i < out.length; i++) {
            if (w[i] >= 1f) {
                out[i] = pa[i];
            } else if (w[i] <= 0f) {
                out[i] = pb[i];
            } else {
                out[i] = w[i] * pa[i] + (1 - w[i]) * pb[i];
            }
        }
        return new Image(a.width(), a.height(), out);
    }
}
