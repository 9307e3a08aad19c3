package org.radedit.models.evaluation;

import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * The naive control an edit must beat: paint the edit region with the mean intensity of the lung
 * pixels outside it. An oracle may call the finding removed; the true counterfactual disagrees.
 */
public final class NaiveFill {

    private NaiveFill() {
    }

    public static Image meanLungFill(Image image, Mask lungs, Mask region) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < image.size(); i++) {
            if (lungs.values()[i] > 0.5f && region.values()[i] <= 0.5f) {
                sum += image.pixels()[i];
                count++;
            }
        }
        float mean = count == 0 ? 0.5f : (float) (sum / count);
        float[] out = image.pixels().clone();
        for (int i = 0; i < out.length; i++) {
            if (region.values()[i] > 0.5f) {
                out[i] = mean;
            }
        }
        return new Image(image.width(), image.height(), out);
    }
}
