package org.radedit.phantom;

import java.util.EnumMap;
import java.util.Map;
import org.radedit.data.Anatomy;
import org.radedit.data.Metadata;
import org.radedit.data.StudyRecord;
import org.radedit.image.Image;
import org.radedit.image.Mask;
import org.radedit.phantom.FindingGeometry.Cardiomegaly;

/**
 * Renders a {@link PhantomCase} into an image with all its masks and report.
 *
 * <p>Composition follows an X-ray: everything adds up as density along the beam (bright = dense),
 * then the site's {@link AcquisitionFilter} turns density into the image. The steps:
 * anatomy layers (body, lungs, heart) → pneumothorax rim (needed first: no vessels in it) →
 * anatomy density → each finding's density and mask → acquisition.
 * A finding's mask holds exactly the pixels whose density it changed, so the image with and
 * without a finding differ only inside that mask grown by the blur radius.
 */
public final class PhantomRenderer {
    private final Raster raster;

    public PhantomRenderer(int resolution) {
        if (resolution < 32) {
            throw new IllegalArgumentException("phantoms need at least 32x32 pixels, got " + resolution);
        }
        this.raster = new Raster(resolution);
    }

    public int resolution() {
        return raster.size;
    }

    public PhantomSample render(PhantomCase c) {
        Raster r = raster;
        int n = r.pixels();
        PatientAnatomy a = c.anatomy();
        Cardiomegaly big = c.geometry(Finding.CARDIOMEGALY, Cardiomegaly.class);
        HeartShape heart = big == null ? a.heart() : a.enlargedHeart(big.scale());
        AnatomyLayers layers = AnatomyLayers.compute(r, a, heart);

        Map<Finding, Mask> masks = new EnumMap<>(Finding.class);
        float[] rim = new float[n];
        float[] line = new float[n];
        if (c.has(Finding.PNEUMOTHORAX)) {
            masks.put(Finding.PNEUMOTHORAX, mask(r, FindingPainter.pneumothoraxGeometry(r, a,
                    c.geometry(Finding.PNEUMOTHORAX, FindingGeometry.Pneumothorax.class), rim, line)));
        }
        float[] density = new float[n];
        AnatomyPainter.paint(r, a, layers, rim, density);
        if (c.has(Finding.PNEUMOTHORAX)) {
            FindingPainter.paintPneumothorax(rim, line, density);
        }
        for (Map.Entry<Finding, FindingGeometry> e : c.findings().entrySet()) {
            Finding f = e.getKey();
            FindingGeometry g = e.getValue();
            long texture = Seeds.mix(c.seed(), Seeds.TEXTURE + f.ordinal());
            float[] m = switch (f) {
                case PNEUMOTHORAX -> null;   // painted above
                case EDEMA -> FindingPainter.edema(r, a, layers, rim, (FindingGeometry.Edema) g, texture, density);
                case CONSOLIDATION -> FindingPainter.consolidation(r, a, layers, rim,
                        (FindingGeometry.Consolidation) g, texture, density);
                case COVID -> FindingPainter.covid(r, layers, rim, (FindingGeometry.CovidPattern) g, texture, density);
                case CHEST_TUBE -> FindingPainter.chestTube(r, (FindingGeometry.ChestTube) g, density);
                case PACEMAKER -> FindingPainter.pacemaker(r, (FindingGeometry.Pacemaker) g, density);
                case CARDIOMEGALY -> FindingPainter.cardiomegaly(layers);
            };
            if (m != null) {
                masks.put(f, mask(r, m));
            }
        }

        float[] marker = new float[n];
        float[] pixels = AcquisitionFilter.apply(r, density, c.acquisition(), c.seed(), marker);
        Image image = new Image(r.size, r.size, pixels);

        Map<Anatomy, Mask> anatomy = new EnumMap<>(Anatomy.class);
        anatomy.put(Anatomy.RIGHT_LUNG, mask(r, layers.rightLungMask));
        anatomy.put(Anatomy.LEFT_LUNG, mask(r, layers.leftLungMask));
        float[] lungs = new float[n];
        for (int k = 0; k < n; k++) {
            lungs[k] = Math.max(layers.rightLungMask[k], layers.leftLungMask[k]);
        }
        anatomy.put(Anatomy.LUNGS, mask(r, lungs));
        anatomy.put(Anatomy.HEART, mask(r, layers.heartMask));
        anatomy.put(Anatomy.BODY, mask(r, layers.bodyMask));

        StudyRecord record = new StudyRecord(c.id(), image, ReportWriter.write(c), c.findingSet(), masks, anatomy,
                new Metadata(c.id(), c.site(), "PA"));
        return new PhantomSample(record, c, mask(r, marker), c.acquisition().blurRadius(r.size));
    }

    private static Mask mask(Raster r, float[] values) {
        return new Mask(r.size, r.size, values);
    }
}
