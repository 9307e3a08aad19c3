package org.radedit.phantom;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.radedit.data.Anatomy;
import org.radedit.image.Image;
import org.radedit.image.Mask;
import org.radedit.phantom.FindingGeometry.Consolidation;
import org.radedit.phantom.FindingGeometry.Lobe;
import org.radedit.phantom.FindingGeometry.Pacemaker;

/**
 * The consolidation and the pacemaker look as radiologists describe them (issue 13, point 4), judged
 * on the rendered image against the exact counterfactual without the finding: a consolidated lobe
 * hides the vessels in it and the border of the heart or diaphragm it touches (the silhouette
 * sign); a pacemaker's generator and lead are brighter than anything in the chest and the lead
 * crosses the lung.
 */
class FindingAppearanceTest {
    private static final int SIZE = PhantomWorld.DEFAULT_RESOLUTION;
    private final PhantomWorld world = new PhantomWorld();
    private final Raster raster = new Raster(SIZE);

    @Test
    void aConsolidatedLobeHidesTheVesselsInIt() {
        for (PhantomCase c : consolidations(g -> g.lobe() == Lobe.UPPER, 4)) {
            Consolidation g = c.geometry(Finding.CONSOLIDATION, Consolidation.class);
            LungShape lung = c.anatomy().lung(g.side());
            AnatomyLayers layers = AnatomyLayers.compute(raster, c.anatomy(), c.anatomy().heart());
            boolean[] nearBronchus = near(bronchi(g), 2);
            PhantomSample with = world.render(c);
            PhantomSample without = world.counterfactual(with, Finding.CONSOLIDATION, false);
            Mask mask = with.mask(Finding.CONSOLIDATION);
            List<Integer> region = new ArrayList<>();
            for (int k = 0; k < mask.values().length; k++) {
                double t = lung.heightFraction(raster.center(k / SIZE));
                if (mask.values()[k] > 0 && !nearBronchus[k] && t > 0.1 && t < g.fissure() - 0.04
                        && with.mask(Anatomy.LUNGS).values()[k] > 0) {
                    region.add(k);   // the filled part of the lobe, away from its border and the air bronchograms
                }
            }
            // How much brighter a pixel is than its neighbourhood per unit of vessel density under it (both
            // high-passed, so that the air's slow thinning toward the lung border does not count).
            float[] vessels = highPass(layers.vessels);
            double clear = slope(highPass(without.image().pixels()), vessels, region);
            double filled = slope(highPass(with.image().pixels()), vessels, region);
            assertTrue(region.size() >= 100, c.id() + ": only " + region.size() + " pixels to compare");
            assertTrue(clear > 0.05, c.id() + ": the vessels should show in the clear lung, slope " + clear);
            assertTrue(Math.abs(filled) < 0.3 * clear,
                    c.id() + ": vessel visibility " + filled + " in the consolidation, " + clear + " without it");
        }
    }

    @Test
    void aMiddleLobeConsolidationHidesTheRightHeartBorder() {
        for (PhantomCase c : consolidations(g -> g.lobe() == Lobe.MIDDLE, 4)) {
            Consolidation g = c.geometry(Finding.CONSOLIDATION, Consolidation.class);
            double[] contrast = heartBorderContrast(c, g.fissure() + 0.06, 0.68);
            assertTrue(contrast[0] > 0.05, c.id() + ": the heart border should show without it, " + contrast[0]);
            assertTrue(Math.abs(contrast[1]) < 0.3 * contrast[0],
                    c.id() + ": heart border contrast " + contrast[1] + " with the middle lobe filled, "
                            + contrast[0] + " without");
        }
    }

    @Test
    void aLowerLobeConsolidationHidesTheDiaphragmButNotTheHeartBorder() {
        for (PhantomCase c : consolidations(g -> g.lobe() == Lobe.LOWER, 4)) {
            double[] diaphragm = diaphragmContrast(c);
            assertTrue(diaphragm[0] > 0.05, c.id() + ": the diaphragm should show without it, " + diaphragm[0]);
            assertTrue(Math.abs(diaphragm[1]) < 0.3 * diaphragm[0],
                    c.id() + ": diaphragm contrast " + diaphragm[1] + " with the lower lobe filled, " + diaphragm[0]
                            + " without");
            double[] heart = heartBorderContrast(c, 0.7, 0.78);
            assertTrue(heart[1] > 0.4 * heart[0],
                    c.id() + ": the heart border behind a lower lobe should stay, contrast " + heart[1] + " of "
                            + heart[0]);
        }
    }

    @Test
    void aPacemakerIsMetalBrightAndItsLeadCrossesTheLung() {
        for (long seed = 300; seed < 306; seed++) {
            PhantomSample with = world.sample(seed, "A", Finding.PACEMAKER);
            PhantomSample without = world.counterfactual(with, Finding.PACEMAKER, false);
            Pacemaker p = with.phantomCase().geometry(Finding.PACEMAKER, Pacemaker.class);
            float[] device = with.mask(Finding.PACEMAKER).values();
            float[] lungs = with.mask(Anatomy.LUNGS).values();
            float[] leadCore = new float[raster.pixels()];
            for (Path lead : p.leads()) {
                raster.maxPath(leadCore, lead, FindingPainter.LEAD_WIDTH, 1);
            }
            List<Integer> leadOverLung = new ArrayList<>();
            List<Integer> generatorCore = new ArrayList<>();
            List<Integer> generatorOverLung = new ArrayList<>();
            for (int k = 0; k < device.length; k++) {
                double x = raster.center(k % SIZE);
                double y = raster.center(k / SIZE);
                double dx = Math.abs(x - p.x()) - p.width() / 2;
                double dy = Math.abs(y - p.y()) - p.height() / 2;
                double pixel = 1.0 / SIZE;
                if (dx < -2 * pixel && dy < -2 * pixel) {
                    generatorCore.add(k);
                    if (lungs[k] > 0) {
                        generatorOverLung.add(k);
                    }
                } else if (leadCore[k] >= 0.5f && lungs[k] > 0 && (dx > 2 * pixel || dy > 2 * pixel)) {
                    leadOverLung.add(k);
                }
            }
            float[] chest = without.image().pixels().clone();
            float[] marker = without.markerMask().values();
            List<Float> anatomy = new ArrayList<>();
            for (int k = 0; k < chest.length; k++) {
                if (marker[k] == 0 && with.mask(Anatomy.BODY).values()[k] > 0) {
                    anatomy.add(chest[k]);
                }
            }
            double brightestAnatomy = percentile(anatomy, 0.999);
            double lungBright = percentile(values(without.image(), lungs), 0.99);
            String id = with.record().id();
            assertTrue(leadOverLung.size() >= 25, id + ": the lead crosses only " + leadOverLung.size() + " lung pixels");
            assertTrue(!generatorOverLung.isEmpty(), id + ": the generator should project over the lung");
            assertTrue(mean(with.image(), generatorCore) > brightestAnatomy,
                    id + ": generator " + mean(with.image(), generatorCore) + " vs the brightest anatomy "
                            + brightestAnatomy);
            assertTrue(mean(with.image(), leadOverLung) > lungBright,
                    id + ": lead over the lung " + mean(with.image(), leadOverLung) + " vs the lung's ribs and vessels "
                            + lungBright);
        }
    }

    /** The first {@code count} patients (site A, the consolidation alone) whose consolidation passes the filter. */
    private List<PhantomCase> consolidations(Predicate<Consolidation> filter, int count) {
        List<PhantomCase> cases = new ArrayList<>();
        for (long seed = 1; cases.size() < count; seed++) {
            PhantomCase c = world.patient(seed, "A", EnumSet.of(Finding.CONSOLIDATION));
            if (filter.test(c.geometry(Finding.CONSOLIDATION, Consolidation.class))) {
                cases.add(c);
            }
        }
        return cases;
    }

    /**
     * The heart's border on the consolidated side, in rows at lung height fractions [t0, t1]: mean image
     * of the 3 heart pixels inside the border minus that of the 3 lung pixels outside it; {without, with}.
     */
    private double[] heartBorderContrast(PhantomCase c, double t0, double t1) {
        Consolidation g = c.geometry(Finding.CONSOLIDATION, Consolidation.class);
        LungShape lung = c.anatomy().lung(g.side());
        PhantomSample with = world.render(c);
        PhantomSample without = world.counterfactual(with, Finding.CONSOLIDATION, false);
        float[] heart = with.mask(Anatomy.HEART).values();
        float[] lungMask = with.mask(g.side() == Side.RIGHT ? Anatomy.RIGHT_LUNG : Anatomy.LEFT_LUNG).values();
        int outward = g.side().imageDirection();
        List<Integer> heartSide = new ArrayList<>();
        List<Integer> lungSide = new ArrayList<>();
        for (int j = 0; j < SIZE; j++) {
            double t = lung.heightFraction(raster.center(j));
            if (t < t0 || t > t1) {
                continue;
            }
            int border = -1;   // the heart's outermost pixel on this side of the row
            for (int i = 0; i < SIZE; i++) {
                if (heart[j * SIZE + i] > 0 && (border < 0 || (i - border) * outward > 0)) {
                    border = i;
                }
            }
            int outside = border + 2 * outward;
            if (border < 0 || outside < 0 || outside >= SIZE || lungMask[j * SIZE + outside] == 0) {
                continue;
            }
            for (int d = 1; d <= 3; d++) {
                heartSide.add(j * SIZE + border - (d + 1) * outward);
                lungSide.add(j * SIZE + border + (d + 1) * outward);
            }
        }
        assertTrue(heartSide.size() >= 9, c.id() + ": no rows with the heart border beside the lung");
        return new double[] {mean(without.image(), heartSide) - mean(without.image(), lungSide),
                mean(with.image(), heartSide) - mean(with.image(), lungSide)};
    }

    /**
     * The diaphragm under the lateral half of the consolidated lung: mean image of the 3 pixels below the
     * lung's lowest pixel of a column minus that of the 3 above it; {without, with}.
     */
    private double[] diaphragmContrast(PhantomCase c) {
        Consolidation g = c.geometry(Finding.CONSOLIDATION, Consolidation.class);
        LungShape lung = c.anatomy().lung(g.side());
        PhantomSample with = world.render(c);
        PhantomSample without = world.counterfactual(with, Finding.CONSOLIDATION, false);
        float[] lungMask = with.mask(g.side() == Side.RIGHT ? Anatomy.RIGHT_LUNG : Anatomy.LEFT_LUNG).values();
        List<Integer> below = new ArrayList<>();
        List<Integer> above = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            double l = lung.lateralCoordinate(raster.center(i)) / lung.lateralWidth();
            if (l < 0.35 || l > 0.8) {
                continue;
            }
            int lowest = -1;
            for (int j = 0; j < SIZE; j++) {
                if (lungMask[j * SIZE + i] > 0) {
                    lowest = j;
                }
            }
            if (lowest < 4 || lowest + 4 >= SIZE) {
                continue;
            }
            for (int d = 1; d <= 3; d++) {
                below.add((lowest + 1 + d) * SIZE + i);
                above.add((lowest - d) * SIZE + i);
            }
        }
        assertTrue(below.size() >= 9, c.id() + ": no diaphragm columns");
        return new double[] {mean(without.image(), below) - mean(without.image(), above),
                mean(with.image(), below) - mean(with.image(), above)};
    }

    private float[] bronchi(Consolidation g) {
        float[] b = new float[raster.pixels()];
        for (VesselSegment s : g.bronchi()) {
            raster.maxSegment(b, s.x0(), s.y0(), s.x1(), s.y1(), s.width(), 1);
        }
        return b;
    }

    /** Pixels within {@code r} (per axis) of a positive value. */
    private static boolean[] near(float[] values, int r) {
        return PixelChecks.dilateSquare(new Mask(SIZE, SIZE, values), r);
    }

    private static double mean(Image image, List<Integer> pixels) {
        double sum = 0;
        for (int k : pixels) {
            sum += image.pixels()[k];
        }
        return sum / pixels.size();
    }

    /** Each value minus the mean of its 5 x 5 neighbourhood. */
    private static float[] highPass(float[] v) {
        float[] out = new float[v.length];
        for (int j = 0; j < SIZE; j++) {
            for (int i = 0; i < SIZE; i++) {
                double sum = 0;
                int n = 0;
                for (int jj = Math.max(0, j - 2); jj <= Math.min(SIZE - 1, j + 2); jj++) {
                    for (int ii = Math.max(0, i - 2); ii <= Math.min(SIZE - 1, i + 2); ii++) {
                        sum += v[jj * SIZE + ii];
                        n++;
                    }
                }
                out[j * SIZE + i] = (float) (v[j * SIZE + i] - sum / n);
            }
        }
        return out;
    }

    /** Least-squares slope of {@code y} against {@code x} over the pixels. */
    private static double slope(float[] y, float[] x, List<Integer> pixels) {
        double mx = 0;
        double my = 0;
        for (int k : pixels) {
            mx += x[k];
            my += y[k];
        }
        mx /= pixels.size();
        my /= pixels.size();
        double sxy = 0;
        double sxx = 0;
        for (int k : pixels) {
            sxy += (x[k] - mx) * (y[k] - my);
            sxx += (x[k] - mx) * (x[k] - mx);
        }
        return sxy / sxx;
    }

    private static List<Float> values(Image image, float[] mask) {
        List<Float> out = new ArrayList<>();
        for (int k = 0; k < mask.length; k++) {
            if (mask[k] > 0) {
                out.add(image.pixels()[k]);
            }
        }
        return out;
    }

    private static double percentile(List<Float> values, double q) {
        float[] sorted = new float[values.size()];
        for (int k = 0; k < sorted.length; k++) {
            sorted[k] = values.get(k);
        }
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }
}
