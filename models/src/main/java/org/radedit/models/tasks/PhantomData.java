package org.radedit.models.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radedit.phantom.Finding;
import org.radedit.models.bench.UntrainedModels;
import org.radedit.phantom.Cohort;
import org.radedit.phantom.CohortSpec;
import org.radedit.phantom.PhantomSample;
import org.radedit.phantom.PhantomWorld;
import org.radedit.phantom.ReportWriter;

/**
 * Training and held-out data drawn from the phantom world by index. Training indices come from one
 * cohort, held-out indices ({@link DetailedImageSource#HELD_OUT} and above) from another with its
 * own seed, so no held-out patient is ever trained on.
 */
public final class PhantomData {

    private static final int COHORT_SIZE = Integer.MAX_VALUE;
    private final PhantomWorld world = new PhantomWorld(UntrainedModels.IMAGE_SIZE);
    private final Cohort training;
    private final Cohort heldOut;

    public PhantomData(CohortSpec spec) {
        this.training = world.cohort(spec.withSize(COHORT_SIZE).withSeed(spec.seed()));
        this.heldOut = world.cohort(spec.withSize(COHORT_SIZE).withSeed(spec.seed() + 1_000_003L));
    }

    /** The general phantom population (all findings, all sites), with more devices so thin structures are common. */
    public static PhantomData general() {
        return new PhantomData(CohortSpec.general(1, 11)
                .withPrevalence(Finding.PACEMAKER, 0.25));
    }

    public PhantomWorld world() {
        return world;
    }

    public List<PhantomSample> draw(long firstIndex, int count) {
        List<PhantomSample> out = new ArrayList<>(count);
        for (long i = firstIndex; i < firstIndex + count; i++) {
            out.add(i >= DetailedImageSource.HELD_OUT
                    ? heldOut.get(Math.toIntExact(i - DetailedImageSource.HELD_OUT))
                    : training.get(Math.toIntExact(i % COHORT_SIZE)));
        }
        return out;
    }

    /** The reports of training studies, without rendering their images. */
    public List<String> reports(int firstIndex, int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = firstIndex; i < firstIndex + count; i++) {
            out.add(ReportWriter.write(training.caseAt(i)));
        }
        return out;
    }

    /** Images with their thin structures: chest tube, pacemaker (and lead), pleural line, marker glyph. */
    public DetailedImageSource detailedImages() {
        return (first, count) -> draw(first, count).stream().map(PhantomData::detailed).toList();
    }

    static DetailedImage detailed(PhantomSample s) {
        Map<String, org.radedit.image.Mask> details = new LinkedHashMap<>();
        if (s.has(Finding.CHEST_TUBE)) {
            details.put("chest_tube", s.mask(Finding.CHEST_TUBE));
        }
        if (s.has(Finding.PACEMAKER)) {
            details.put("pacemaker_lead", s.mask(Finding.PACEMAKER));
        }
        if (s.has(Finding.PNEUMOTHORAX)) {
            details.put("pleural_line", s.mask(Finding.PNEUMOTHORAX));
        }
        details.put("marker", s.markerMask());
        return new DetailedImage(s.image(), details);
    }

    public String describe() {
        return "phantom world, " + training.spec().name() + " cohort (seed " + training.spec().seed()
                + "), fresh images every step, 128x128; held-out: same spec, seed " + heldOut.spec().seed();
    }
}
