package org.radedit.studies;

import java.util.List;
import org.radedit.data.Dataset;
import org.radedit.discovery.Discovery;
import org.radedit.models.PhantomModels;
import org.radedit.models.tasks.PhantomTasks;
import org.radedit.phantom.CohortSpec;
import org.radedit.phantom.Finding;
import org.radedit.phantom.PhantomWorld;

/**
 * Failure discovery for the phantom world's study classifiers, as {@code radedit discover} runs
 * it: the predictor by its kind, on a cohort of its study (fresh seeds no
 * training run or test uses), with the studies' edit settings. No intervention is written here: the
 * catalogue proposes them from the records.
 */
public final class PhantomDiscovery {

    /** Cohort seed of discovery runs (training and the studies use others). */
    public static final long COHORT_SEED = 7101;

    private PhantomDiscovery() {
    }

    /** The classifiers discovery can run on. */
    public static List<String> predictors() {
        return List.of(PhantomTasks.PNEUMOTHORAX_WEAK, PhantomTasks.PNEUMOTHORAX_STRONG, PhantomTasks.COVID_WEAK,
                PhantomTasks.COVID_STRONG);
    }

    /** The label a study classifier predicts. */
    public static Finding target(String kind) {
        if (kind.startsWith("pneumothorax")) {
            return Finding.PNEUMOTHORAX;
        }
        if (kind.startsWith("covid")) {
            return Finding.COVID;
        }
        throw new IllegalArgumentException("discovery runs on " + predictors() + ", not '" + kind + "'");
    }

    /**
     * The cohort of the classifier's study: presentation-biased for pneumothorax (tubes come with
     * pneumothoraces, as in the weak classifier's training), acquisition-balanced for COVID (COVID at
     * both sites, so a site breakdown can tell them apart).
     */
    public static Dataset cohort(String kind, int size, long seed) {
        CohortSpec spec = target(kind) == Finding.PNEUMOTHORAX ? CohortSpec.presentationBiased(size, seed)
                : CohortSpec.acquisitionBalanced(size, seed);
        return new PhantomWorld().cohort(spec).dataset();
    }

    /** A discovery for one of {@link #predictors()}, broken down by site; budget and folder are the caller's. */
    public static Discovery of(PhantomModels models, String kind, int cohortSize) {
        Finding target = target(kind);
        return Discovery.of(models.classifier(kind).of(target), target)
                .on(cohort(kind, cohortSize, COHORT_SEED))
                .using(models.toolkit())
                .settings(s -> s.guidance(PhantomStudies.GUIDANCE).steps(PhantomStudies.STEPS).confineToEditMask(true))
                .groupBy("site");
    }
}
