package org.radedit.phantom;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.radedit.data.Dataset;

/**
 * The procedural chest X-ray world with ground truth (DESIGN.md §4). Entry point:
 *
 * <pre>{@code
 * var world = new PhantomWorld();                         // 128 x 128
 * var s = world.sample(7, "A", Finding.PNEUMOTHORAX, Finding.CHEST_TUBE);
 * var noPtx = world.counterfactual(s, Finding.PNEUMOTHORAX, false);   // same patient, tube kept
 * Dataset train = world.cohort(CohortSpec.presentationBiased(2000, 1)).dataset();
 * }</pre>
 *
 * Everything is a pure function of seeds: the same seed gives the same pixels, and a
 * counterfactual differs from its original only inside the changed finding's mask grown by
 * {@link PhantomSample#blurRadius()} pixels (per axis).
 */
public final class PhantomWorld {
    public static final int DEFAULT_RESOLUTION = 128;

    private final PhantomRenderer renderer;

    public PhantomWorld() {
        this(DEFAULT_RESOLUTION);
    }

    public PhantomWorld(int resolution) {
        this.renderer = new PhantomRenderer(resolution);
    }

    public int resolution() {
        return renderer.resolution();
    }

    /** The case of a patient from a seed at a site with the given findings (not yet rendered). */
    public PhantomCase patient(long seed, String site, Set<Finding> findings) {
        return PhantomCase.of("phantom-" + Long.toUnsignedString(seed, 36), seed, site, findings);
    }

    /** Renders a patient from a seed at a site with the given findings. */
    public PhantomSample sample(long seed, String site, Finding... findings) {
        EnumSet<Finding> set = EnumSet.noneOf(Finding.class);
        set.addAll(List.of(findings));
        return render(patient(seed, site, set));
    }

    public PhantomSample render(PhantomCase c) {
        return renderer.render(c);
    }

    /**
     * The true counterfactual: the same patient, site and noise with one finding added or
     * removed and everything else equal.
     */
    public PhantomSample counterfactual(PhantomSample sample, Finding finding, boolean present) {
        return render(sample.phantomCase().with(finding, present));
    }

    /** The sample with all its findings removed: the patient's finding-free image. */
    public PhantomSample findingFree(PhantomSample sample) {
        PhantomCase c = sample.phantomCase();
        for (Finding f : Finding.values()) {
            c = c.with(f, false);
        }
        return render(c);
    }

    /** A lazily rendered cohort. */
    public Cohort cohort(CohortSpec spec) {
        return new Cohort(this, spec);
    }

    /** A cohort as a lazily rendered {@link Dataset}. */
    public Dataset dataset(CohortSpec spec) {
        return cohort(spec).dataset();
    }
}
