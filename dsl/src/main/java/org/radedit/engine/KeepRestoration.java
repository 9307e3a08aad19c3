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
        return PixelBlend.blend(keep, original, decoded, "keep mask");
    }
}
