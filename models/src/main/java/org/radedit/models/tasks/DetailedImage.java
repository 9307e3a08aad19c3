package org.radedit.models.tasks;

import java.util.Map;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * An image with masks of its thin structures (chest tube, pacemaker lead, pleural line, marker
 * glyph), which an autoencoder must not blur away: training weights them up, evaluation reports
 * their error separately.
 */
public record DetailedImage(Image image, Map<String, Mask> details) {
    public DetailedImage {
        details = Map.copyOf(details);
    }
}
