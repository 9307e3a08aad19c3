package org.radedit.phantom;

/**
 * Paints the finding-free chest into a density layer (bright = dense, as on a radiograph): soft
 * tissue, dark lungs with vessels fanning out from the hila, the heart, ribs, clavicles, spine,
 * trachea and the gastric bubble.
 */
final class AnatomyPainter {
    static final float LUNG_AIR = 1.4f;       // density the lung air takes away
    static final float HEART = 0.08f;         // extra density of the heart over the mediastinum
    static final float SPINE = 0.3f;
    static final float TRACHEA_AIR = 0.45f;
    static final float GASTRIC_AIR = 0.45f;

    private AnatomyPainter() {
    }

    /**
     * @param rim pneumothorax rim (1 inside): lung markings are absent there; all zero without one
     */
    static void paint(Raster r, PatientAnatomy a, AnatomyLayers f, float[] rim, float[] density) {
        int n = r.pixels();
        float[] bones = new float[n];
        for (BoneBand b : a.bones()) {
            r.addBand(bones, b);
        }
        float[] airways = new float[n];
        double cx = a.centerX();
        r.maxSegment(airways, cx, -0.05, cx, a.carinaY(), 0.032, 1);
        for (Side side : Side.values()) {
            LungShape lung = a.lung(side);
            double bx = cx + 0.4 * (lung.hilumX() - cx);
            r.maxSegment(airways, cx, a.carinaY(), bx, a.carinaY() + 0.045, 0.022, 0.8f);
        }
        for (int k = 0; k < n; k++) {
            float d = f.tissue[k] - LUNG_AIR * f.air[k] + HEART * f.heart[k];
            d += f.vessels[k] * f.air[k] * (1 - rim[k]);
            d += bones[k] - TRACHEA_AIR * airways[k];
            density[k] = d;
        }
        spine(r, a, density);
        gastricBubble(r, a, density);
    }

    /** Vertebral bodies down the midline, with darker discs and the two pedicles of each vertebra. */
    private static void spine(Raster r, PatientAnatomy a, float[] density) {
        double half = a.spineHalfWidth();
        int i0 = r.clampIndex(Math.floor(r.toPixel(a.centerX() - half) - 1));
        int i1 = r.clampIndex(Math.ceil(r.toPixel(a.centerX() + half) + 1));
        double h = a.vertebraHeight();
        for (int j = 0; j < r.size; j++) {
            double y = r.center(j);
            double phase = ((y + 1) / h) % 1.0;          // 0..1 within one vertebra
            double body = phase < 0.15 ? 0.35 : 1.0;      // the disc is less dense
            for (int i = i0; i <= i1; i++) {
                double dx = r.center(i) - a.centerX();
                double cov = r.coverage(half - Math.abs(dx));
                double pedicle = 0;
                double px = (Math.abs(dx) - 0.65 * half) / 0.22 / half;
                double py = (phase - 0.4) / 0.16;
                if (px * px + py * py < 1) {
                    pedicle = 0.5;
                }
                density[j * r.size + i] += (float) (SPINE * cov * (body + pedicle));
            }
        }
    }

    /** Air in the stomach under the left hemidiaphragm (image right): a dome with a flat fluid level. */
    private static void gastricBubble(Raster r, PatientAnatomy a, float[] density) {
        LungShape lung = a.leftLung();
        double l = lung.lateralWidth() * 0.3;
        double bx = lung.imageX(l);
        double top = lung.diaphragmY(l) + 0.018;
        double rx = 0.045;
        double ry = 0.028;
        int i0 = r.clampIndex(Math.floor(r.toPixel(bx - rx) - 1));
        int i1 = r.clampIndex(Math.ceil(r.toPixel(bx + rx) + 1));
        int j0 = r.clampIndex(Math.floor(r.toPixel(top) - 1));
        int j1 = r.clampIndex(Math.ceil(r.toPixel(top + ry) + 1));
        for (int j = j0; j <= j1; j++) {
            double y = r.center(j);
            for (int i = i0; i <= i1; i++) {
                double u = (r.center(i) - bx) / rx;
                double v = (top + ry - y) / ry;           // 1 at the dome's top, 0 at the fluid level
                double inside = Math.min(1 - Math.sqrt(u * u + v * v), v) * ry;
                density[j * r.size + i] -= GASTRIC_AIR * r.coverage(inside);
            }
        }
    }
}
