package org.radedit.phantom;

/**
 * The anatomy rasterized into per-pixel fields that the painters share: how much body, lung air
 * and heart lies in front of each pixel, and the binary anatomy masks.
 *
 * <p>Lung masks (segmentation ground truth) are the patient's lung fields with the NORMAL heart
 * and aortic knob cut out. They never depend on findings: a pneumothorax rim lies inside the lung
 * mask (it is air inside the pleural space), and an enlarged heart (cardiomegaly) overlaps the
 * lung mask rather than changing it. So lung masks can be reused after an edit, as in the paper.
 * The heart mask, in contrast, is the heart as rendered (enlarged with cardiomegaly).
 */
final class AnatomyLayers {
    /** The heart hides most, not all, of the lung air in front of and behind it. */
    static final double HEART_HIDES_AIR = 0.85;

    final float[] body;          // body coverage
    final float[] tissue;        // soft-tissue density: thicker in the middle of the body
    final float[] air;           // lung air in front of the pixel, 0..1 (less at the lung edges, none behind the heart)
    final float[] vessels;       // lung markings: density of the pulmonary vessels where lung air surrounds them
    final float[] heart;         // coverage of the heart as rendered
    final float[] normalHeart;   // coverage of the patient's normal heart
    final float[] rightLungMask; // binary, patient's right lung (image left)
    final float[] leftLungMask;  // binary, patient's left lung (image right)
    final float[] heartMask;     // binary, heart as rendered
    final float[] bodyMask;      // binary

    private AnatomyLayers(int n) {
        body = new float[n];
        tissue = new float[n];
        air = new float[n];
        vessels = new float[n];
        heart = new float[n];
        normalHeart = new float[n];
        rightLungMask = new float[n];
        leftLungMask = new float[n];
        heartMask = new float[n];
        bodyMask = new float[n];
    }

    static AnatomyLayers compute(Raster r, PatientAnatomy a, HeartShape renderedHeart) {
        int size = r.size;
        AnatomyLayers f = new AnatomyLayers(r.pixels());
        float[] occluder = new float[r.pixels()];        // heart or aortic knob, hiding lung air
        for (VesselSegment v : a.vessels()) {
            r.maxSegment(f.vessels, v.x0(), v.y0(), v.x1(), v.y1(), v.width(), (float) v.strength());
        }
        heart(r, a.heart(), f.normalHeart, null);
        heart(r, renderedHeart, f.heart, f.heartMask);
        LungShape right = a.rightLung();
        LungShape left = a.leftLung();
        for (int j = 0; j < size; j++) {
            double y = r.center(j);
            double halfWidth = a.bodyHalfWidthAt(y);
            double rightLat = right.lateralEdge(y);
            double rightMed = right.medialEdge(y);
            double leftLat = left.lateralEdge(y);
            double leftMed = left.medialEdge(y);
            for (int i = 0; i < size; i++) {
                int k = j * size + i;
                double x = r.center(i);
                double dx = x - a.centerX();
                double u = Math.abs(dx) / halfWidth;
                f.body[k] = r.coverage(halfWidth - Math.abs(dx));
                f.bodyMask[k] = u < 1 ? 1 : 0;
                // Soft tissue: a round trunk is thickest in the middle.
                f.tissue[k] = f.body[k] * (float) (0.85 + 1.05 * Math.sqrt(Math.max(0, 1 - u * u)));

                double knob = a.aorticKnobR() - Math.hypot(x - a.aorticKnobX(), y - a.aorticKnobY());
                occluder[k] = Math.max(f.heart[k], r.coverage(knob));
                boolean normalOccluded = f.normalHeart[k] >= 0.5f || knob > 0;

                double dRight = right.inside(x, y, rightLat, rightMed);
                double dLeft = left.inside(x, y, leftLat, leftMed);
                double d = Math.max(dRight, dLeft);
                if (d > -1.0 / size) {
                    // Air thickness: the lung is thinner near its borders.
                    double depth = 0.5 + 0.5 * Raster.smoothstep(0, 0.06, d);
                    f.air[k] = (float) (r.coverage(d) * depth * (1 - HEART_HIDES_AIR * occluder[k]));
                }
                f.rightLungMask[k] = dRight > 0 && !normalOccluded ? 1 : 0;
                f.leftLungMask[k] = dLeft > 0 && !normalOccluded ? 1 : 0;
            }
        }
        return f;
    }

    /** Heart coverage in its bounding box; the binary mask (pixel centre inside) when asked for. */
    private static void heart(Raster r, HeartShape h, float[] coverage, float[] mask) {
        double cos = Math.cos(h.angle());
        double sin = Math.sin(h.angle());
        double e = h.extent() + 2.0 / r.size;
        int i0 = r.clampIndex(Math.floor(r.toPixel(h.cx() - e)));
        int i1 = r.clampIndex(Math.ceil(r.toPixel(h.cx() + e)));
        int j0 = r.clampIndex(Math.floor(r.toPixel(h.cy() - e)));
        int j1 = r.clampIndex(Math.ceil(r.toPixel(h.cy() + e)));
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                double d = h.inside(r.center(i), r.center(j), cos, sin);
                coverage[j * r.size + i] = r.coverage(d);
                if (mask != null && d > 0) {
                    mask[j * r.size + i] = 1;
                }
            }
        }
    }
}
