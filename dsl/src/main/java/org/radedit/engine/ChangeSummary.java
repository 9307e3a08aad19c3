package org.radedit.engine;

import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * How much an edit changed where: mean absolute change inside the edit mask, mean and max absolute
 * change outside both masks (collateral change), and how many keep pixels changed (should be 0).
 * Pixels count as inside a mask where its value is above 0.5.
 */
public record ChangeSummary(double meanChangeInsideEdit, double meanChangeOutsideMasks, double maxChangeOutsideMasks,
                            int pixelsOutsideMasks, int keepPixels, int keepPixelsChanged) {

    public static ChangeSummary measure(Image original, Image edited, Mask edit, Mask keep) {
        float[] o = original.pixels();
        float[] e = edited.pixels();
        double insideSum = 0;
        int inside = 0;
        double outsideSum = 0;
        double outsideMax = 0;
        int outside = 0;
        int kept = 0;
        int keptChanged = 0;
        for (int i = 0; i < o.length; i++) {
            double change = Math.abs(e[i] - o[i]);
            boolean inEdit = edit != null && edit.values()[i] > 0.5f;
            boolean inKeep = keep != null && keep.values()[i] > 0.5f;
            if (inEdit) {
                insideSum += change;
                inside++;
            }
            if (inKeep) {
                kept++;
                if (Float.floatToIntBits(e[i]) != Float.floatToIntBits(o[i])) {
                    keptChanged++;
                }
            }
            if (!inEdit && !inKeep) {
                outsideSum += change;
                outsideMax = Math.max(outsideMax, change);
                outside++;
            }
        }
        return new ChangeSummary(inside == 0 ? 0 : insideSum / inside, outside == 0 ? 0 : outsideSum / outside,
                outsideMax, outside, kept, keptChanged);
    }
}
