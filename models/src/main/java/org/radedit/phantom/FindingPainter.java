package org.radedit.phantom;

import org.radedit.phantom.FindingGeometry.Blob;
import org.radedit.phantom.FindingGeometry.Consolidation;
import org.radedit.phantom.FindingGeometry.CovidPattern;
import org.radedit.phantom.FindingGeometry.ChestTube;
import org.radedit.phantom.FindingGeometry.Edema;
import org.radedit.phantom.FindingGeometry.Pacemaker;
import org.radedit.phantom.FindingGeometry.Pneumothorax;

/**
 * Paints each finding into the density layer and returns its mask: exactly the pixels whose
 * density it changed. Opacities replace lung air, so they scale with the air in front of a pixel
 * and stay out of a pneumothorax rim (there is no lung there).
 */
final class FindingPainter {
    static final float PNEUMOTHORAX_AIR = 0.35f;   // the rim is darker: air without lung tissue
    static final float PLEURAL_LINE = 0.6f;       // the visceral pleura, a thin bright line
    static final double PLEURAL_LINE_WIDTH = 0.011;
    static final float TUBE_WALL = 0.55f;
    static final float TUBE_STRIPE = 0.55f;
    static final float GENERATOR = 2.5f;
    static final float LEAD = 2.0f;
    static final double LEAD_WIDTH = 0.013;
    static final double AIR_BRONCHOGRAM = 0.75;           // bronchi keep this much of their air
    static final double LOWER_LOBE_BEHIND_HEART = 0.55;   // the column share a lower lobe leaves beside the heart

    private FindingPainter() {
    }

    /**
     * Marks the pneumothorax: {@code rim} = air between chest wall and collapsed lung, {@code line}
     * = the pleural line along the collapsed lung's edge. Both binary. Returns rim ∪ line.
     */
    static float[] pneumothoraxGeometry(Raster r, PatientAnatomy a, Pneumothorax p, float[] rim, float[] line) {
        LungShape lung = a.lung(p.side());
        float[] mask = new float[r.pixels()];
        int j0 = r.clampIndex(Math.floor(r.toPixel(lung.apexY())));
        int j1 = r.clampIndex(Math.ceil(r.toPixel(lung.baseY())));
        for (int j = j0; j <= j1; j++) {
            double y = r.center(j);
            double lat = lung.lateralEdge(y);
            double med = lung.medialEdge(y);
            for (int i = 0; i < r.size; i++) {
                double x = r.center(i);
                if (lung.inside(x, y, lat, med) <= 0) {
                    continue;
                }
                double l = lung.lateralCoordinate(x);
                int k = j * r.size + i;
                if (!inCollapsedLung(lung, p, l, y, p.depth())) {
                    rim[k] = 1;
                    mask[k] = 1;
                } else if (!inCollapsedLung(lung, p, l, y, p.depth() + PLEURAL_LINE_WIDTH)) {
                    line[k] = 1;
                    mask[k] = 1;
                }
            }
        }
        return mask;
    }

    /**
     * The collapsed lung: the same lung shape with its apex lowered by {@code depth} and its lateral
     * wall pulled in by {@code depth}, the pull tapering to nothing at height fraction {@code extent}.
     */
    private static boolean inCollapsedLung(LungShape lung, Pneumothorax p, double l, double y, double depth) {
        double t = lung.heightFraction(y);
        double taper = t < 0.3 ? 1 : Math.max(0, 1 - (t - 0.3) / (p.extent() - 0.3));
        double apex = lung.apexY() + depth;
        double tc = (y - apex) / (lung.baseY() - apex);
        if (tc <= 0) {
            return false;
        }
        tc = Math.min(1, tc);
        double lateral = Math.min(lung.lateralEdge(y) - depth * taper,
                lung.lateralWidth() * LungShape.lateralProfile(tc));
        double medial = lung.medialWidth() * LungShape.medialProfile(tc);
        return l < lateral && l > -medial;
    }

    static void paintPneumothorax(float[] rim, float[] line, float[] density) {
        for (int k = 0; k < density.length; k++) {
            if (rim[k] > 0) {
                density[k] -= PNEUMOTHORAX_AIR;
            } else if (line[k] > 0) {
                density[k] += PLEURAL_LINE;
            }
        }
    }

    /** Perihilar haze around both hila, fading outward. */
    static float[] edema(Raster r, PatientAnatomy a, AnatomyLayers f, float[] rim, Edema e, long seed,
                         float[] density) {
        float[] mask = new float[r.pixels()];
        for (Side side : Side.values()) {
            LungShape lung = a.lung(side);
            double cx = lung.hilumX() + side.imageDirection() * 0.02;
            double cy = lung.hilumY() + 0.02;
            forEllipse(r, cx, cy, e.radiusX(), e.radiusY(), (k, x, y, rr) -> {
                double w = (1 - rr) * (1 - rr);
                double texture = 0.7 + 0.3 * ValueNoise.at(seed, x * 12, y * 12);
                add(density, mask, k, e.strength() * w * texture * f.air[k] * (1 - rim[k]));
            });
        }
        return mask;
    }

    /**
     * A lobe whose airspaces fill with fluid. A fraction {@code fill} of the lobe's air column turns
     * to soft-tissue density, vessels included: the lung pixel's own contribution, air × (vessel −
     * LUNG_AIR), shrinks by that fraction, so at full fill the vessels vanish into the opacity and
     * the lobe is as dense as the heart or the abdomen it touches, whose border it then hides (the
     * silhouette sign). Only the air bronchograms, airways still holding air, stay dark. A lower lobe
     * lies behind the heart's border, so near the heart it fills only part of the column: it hides
     * the diaphragm, not the heart border; a middle lobe hides the right heart border.
     */
    static float[] consolidation(Raster r, PatientAnatomy a, AnatomyLayers f, float[] rim, Consolidation c,
                                 long seed, float[] density) {
        float[] mask = new float[r.pixels()];
        float[] bronchi = new float[r.pixels()];
        for (VesselSegment b : c.bronchi()) {
            r.maxSegment(bronchi, b.x0(), b.y0(), b.x1(), b.y1(), b.width(), (float) b.strength());
        }
        LungShape lung = a.lung(c.side());
        for (int j = 0; j < r.size; j++) {
            double y = r.center(j);
            double t = lung.heightFraction(y);
            if (t <= 0 || t >= 1.2) {
                continue;
            }
            for (int i = 0; i < r.size; i++) {
                double x = r.center(i);
                if (lung.inside(x, y) <= -1.0 / r.size) {
                    continue;   // outside this lung (and its antialiased border)
                }
                double l = lung.lateralCoordinate(x) / lung.lateralWidth();
                double share = switch (c.lobe()) {   // the part of the air column this lobe fills
                    case UPPER -> t < c.fissure() ? 1 : 0;
                    case MIDDLE -> t >= c.fissure()
                            ? (1 - Raster.smoothstep(0.72, 0.86, t)) * (1 - Raster.smoothstep(0.1, 0.45, l)) : 0;
                    case LOWER -> Raster.smoothstep(c.fissure(), c.fissure() + 0.12, t)
                            * (1 - LOWER_LOBE_BEHIND_HEART * (1 - Raster.smoothstep(0.05, 0.3, l))
                                    * (1 - Raster.smoothstep(0.8, 0.95, t)));
                };
                if (share <= 0) {
                    continue;
                }
                int k = j * r.size + i;
                double texture = 0.85 + 0.15 * ValueNoise.at(seed, x * 14, y * 14);
                double fill = c.strength() * share * texture * (1 - AIR_BRONCHOGRAM * bronchi[k]);
                double lungContribution = f.air[k] * (AnatomyPainter.LUNG_AIR - f.vessels[k]) * (1 - rim[k]);
                add(density, mask, k, fill * lungContribution);
            }
        }
        return mask;
    }

    /** Ground glass in soft blobs along the lateral walls of both lower lungs. */
    static float[] covid(Raster r, AnatomyLayers f, float[] rim, CovidPattern c, long seed, float[] density) {
        float[] weight = new float[r.pixels()];
        for (Blob b : c.blobs()) {
            forEllipse(r, b.x(), b.y(), b.radiusX(), b.radiusY(), (k, x, y, rr) -> {
                float w = (float) Raster.smoothstep(0, 0.7, 1 - rr);   // a plateau with soft borders
                if (w > weight[k]) {
                    weight[k] = w;
                }
            });
        }
        float[] mask = new float[r.pixels()];
        for (int k = 0; k < weight.length; k++) {
            if (weight[k] > 0) {
                double x = r.center(k % r.size);
                double y = r.center(k / r.size);
                double texture = 0.5 + 0.5 * ValueNoise.at(seed, x * 16, y * 16);
                add(density, mask, k, c.strength() * weight[k] * texture * f.air[k] * (1 - rim[k]));
            }
        }
        return mask;
    }

    /** A drain: bright walls, a denser radio-opaque stripe interrupted at the side holes near the tip. */
    static float[] chestTube(Raster r, ChestTube t, float[] density) {
        float[] wall = new float[r.pixels()];
        float[] stripe = new float[r.pixels()];
        Path p = t.path();
        r.maxPath(wall, p, t.width(), 1);
        int last = p.points() - 1;
        for (int k = 0; k < last; k++) {
            boolean hole = false;
            for (int h = 0; h < t.sideHoles(); h++) {
                hole |= k == last - 3 - 4 * h;
            }
            if (!hole) {
                r.maxSegment(stripe, p.x(k), p.y(k), p.x(k + 1), p.y(k + 1), t.width() * 0.45, 1);
            }
        }
        float[] mask = new float[r.pixels()];
        for (int k = 0; k < mask.length; k++) {
            if (wall[k] > 0) {
                density[k] += (float) t.opacity() * (TUBE_WALL * wall[k] + TUBE_STRIPE * stripe[k]);
                mask[k] = 1;
            }
        }
        return mask;
    }

    /** Metal: a rounded generator and thin leads, both far denser than bone. */
    static float[] pacemaker(Raster r, Pacemaker p, float[] density) {
        float[] metal = new float[r.pixels()];
        for (Path lead : p.leads()) {
            r.maxPath(metal, lead, LEAD_WIDTH, LEAD);
        }
        double hx = p.width() / 2;
        double hy = p.height() / 2;
        double corner = Math.min(hx, hy) * 0.6;
        int i0 = r.clampIndex(Math.floor(r.toPixel(p.x() - hx) - 1));
        int i1 = r.clampIndex(Math.ceil(r.toPixel(p.x() + hx) + 1));
        int j0 = r.clampIndex(Math.floor(r.toPixel(p.y() - hy) - 1));
        int j1 = r.clampIndex(Math.ceil(r.toPixel(p.y() + hy) + 1));
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                // Signed distance to a rounded rectangle.
                double qx = Math.abs(r.center(i) - p.x()) - (hx - corner);
                double qy = Math.abs(r.center(j) - p.y()) - (hy - corner);
                double outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - corner;
                float v = GENERATOR * r.coverage(-outside);
                int k = j * r.size + i;
                if (v > metal[k]) {
                    metal[k] = v;
                }
            }
        }
        float[] mask = new float[r.pixels()];
        for (int k = 0; k < mask.length; k++) {
            if (metal[k] > 0) {
                density[k] += metal[k];
                mask[k] = 1;
            }
        }
        return mask;
    }

    /** Cardiomegaly changes the heart layer itself; its mask is the enlarged heart (with the normal one). */
    static float[] cardiomegaly(AnatomyLayers f) {
        float[] mask = new float[f.heart.length];
        for (int k = 0; k < mask.length; k++) {
            mask[k] = f.heart[k] > 0 || f.normalHeart[k] > 0 ? 1 : 0;
        }
        return mask;
    }

    private static void add(float[] density, float[] mask, int k, double amount) {
        if (amount > 0) {
            density[k] += (float) amount;
            mask[k] = 1;
        }
    }

    @FunctionalInterface
    private interface EllipsePixel {
        /** {@code rr} is the squared normalized radius, below 1 inside the ellipse. */
        void at(int k, double x, double y, double rr);
    }

    private static void forEllipse(Raster r, double cx, double cy, double rx, double ry, EllipsePixel body) {
        int i0 = r.clampIndex(Math.floor(r.toPixel(cx - rx)));
        int i1 = r.clampIndex(Math.ceil(r.toPixel(cx + rx)));
        int j0 = r.clampIndex(Math.floor(r.toPixel(cy - ry)));
        int j1 = r.clampIndex(Math.ceil(r.toPixel(cy + ry)));
        for (int j = j0; j <= j1; j++) {
            double y = r.center(j);
            for (int i = i0; i <= i1; i++) {
                double x = r.center(i);
                double u = (x - cx) / rx;
                double v = (y - cy) / ry;
                double rr = u * u + v * v;
                if (rr < 1) {
                    body.at(j * r.size + i, x, y, rr);
                }
            }
        }
    }
}
