package org.radedit.engine;

import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * The last step of a RadEdit edit: {@code image = m_keep * original + (1 - m_keep) * decoded}.
 * Where the keep mask is 1 the original pixel is copied, so it is byte-identical to the input.
 */
public final class KeepRestoration {

    private KeepRestoration() {
    }

    public static Image restore(Image original, Image decoded, Mask keep) {
        if (keep == null) {
            return decoded;
        }
        keep.requireSize(original.width(), original.height(), "keep mask");
        float[] o = original.pixels();
        float[] d = decoded.pixels();
        float[] m = keep.values();
        float[] out = new float[o.length];
        for (int i = 0; i < out.length; i++) {
            if (m[i] >= 1f) {
                out[i] = o[i];
            } else if (m[i] <= 0f) {
                out[i] = d[i];
            } else {
                out[i] = m[i] * o[i] + (1 - m[i]) * d[i];
            }
        }
        return new Image(original.width(), original.height(), out);
    }
}
