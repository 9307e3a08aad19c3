package org.radedit.studies;

import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radedit.data.Anatomy;
import org.radedit.phantom.Finding;
import org.radedit.data.StudyRecord;
import org.radedit.engine.EditMethod;
import org.radedit.image.Image;
import org.radedit.models.LoadedClassifier;
import org.radedit.models.PhantomModels;
import org.radedit.models.PhantomPrompts;
import org.radedit.models.tasks.PhantomTasks;
import org.radedit.phantom.Cohort;
import org.radedit.phantom.CohortSpec;
import org.radedit.phantom.PhantomWorld;
import org.radedit.suite.Classifier;
import org.radedit.suite.CounterfactualSource;
import org.radedit.suite.LabelChange;
import org.radedit.suite.MaskSpec;
import org.radedit.suite.Masks;
import org.radedit.suite.PaperFigure;
import org.radedit.suite.PaperFigures;
import org.radedit.suite.Suite;
import org.radedit.suite.Toolkit;

/**
 * The three studies of DESIGN.md §5 and the baseline comparison, ready-made on the phantom world
 * with the committed models. Each returns a value a notebook can run as it is or change:
 *
 * <pre>{@code
 * PhantomStudies studies = PhantomStudies.committed(manager);
 * ShiftReport r = studies.presentation(48).evaluate();
 * ShiftReport r3 = studies.presentation(48).with(s -> s.guidance(3)).evaluate();
 * }</pre>
 *
 * <p>Test cohorts use seeds no training run used, so every study image is held out.
 */
public final class PhantomStudies implements CounterfactualSource {

    /**
     * Guidance weight of the presentation study and of edits made outside the studies (discovery,
     * notebooks), chosen from the guidance sweep in models/weights/unet.md: with the finding's sentence
     * as negative prompt, w = 3 removed every pneumothorax with the smallest error to the true
     * counterfactual. The acquisition and population studies use the weights their sweeps chose
     * ({@link #ACQUISITION_GUIDANCE}, {@link #populationGuidance}).
     */
    public static final double GUIDANCE = 3.0;

    /**
     * Guidance of the acquisition study, chosen by its defaults sweep (the demo's, 8 records, seed 0):
     * at w = 3 the error ratio to the true counterfactual was 0.53, at w = 1.5 0.47 (second seed
     * range 0.58 and 0.49), every COVID removed at both.
     */
    public static final double ACQUISITION_GUIDANCE = 1.5;

    /**
     * Guidance per finding the population study adds, chosen by the demo's guidance sweep of each
     * addition (8 records, seed 0, first seed range, w = 1 to 15): the weight closest to the true
     * counterfactual among those whose additions the oracle sees in at least 90% of the edits. Edema:
     * w = 1.5, error ratio 0.44 (w = 3 0.88, w = 1 seen in 75%); pacemaker: w = 3, 0.55 (w = 1.5 0.56);
     * consolidation: w = 15, 0.51, the only weight the oracle saw in all 8 (w = 7.5 and 10: 7 of 8,
     * 0.47 and 0.51; w = 3: 2 of 8).
     */
    private static final Map<Finding, Double> POPULATION_GUIDANCE = Map.of(
            Finding.EDEMA, 1.5,
            Finding.PACEMAKER, 3.0,
            Finding.CONSOLIDATION, 15.0);
    /** Sampling steps of the studies (the paper uses 100; 50 gives the same figures here at half the time). */
    public static final int STEPS = 50;
    /** Pixels the finding masks grow by to make the edit mask (covers the blur of the finding's edge). */
    public static final int DILATION = 4;

    /** Cohorts large enough to hold a few hundred records of each study's selection. */
    private static final int COHORT_SIZE = 20_000;

    private static final Map<Finding, PaperFigure[]> POPULATION_PAPER = Map.of(
            Finding.EDEMA, new PaperFigure[] {PaperFigures.EDEMA_WEAK, PaperFigures.EDEMA_STRONG},
            Finding.PACEMAKER, new PaperFigure[] {PaperFigures.PACEMAKER_WEAK, PaperFigures.PACEMAKER_STRONG},
            Finding.CONSOLIDATION, new PaperFigure[] {PaperFigures.CONSOLIDATION_WEAK, PaperFigures.CONSOLIDATION_STRONG});

    private final PhantomWorld world;
    private final PhantomModels models;
    private final Toolkit toolkit;
    private final LoadedClassifier oracle;
    private final Cohort acquisitionCohort;
    private final Cohort presentationCohort;
    private final Cohort populationCohort;

    public PhantomStudies(PhantomWorld world, PhantomModels models) {
        this(world, models, CohortSeeds.FIRST);
    }

    /** The studies on the test cohorts of a seed range ({@link CohortSeeds#SECOND}: patients nothing else uses). */
    public PhantomStudies(PhantomWorld world, PhantomModels models, CohortSeeds seeds) {
        this.world = world;
        this.models = models;
        this.toolkit = models.toolkit();
        this.oracle = models.classifier(PhantomTasks.ORACLE);
        this.acquisitionCohort = world.cohort(seeds.apply(CohortSpec.acquisitionBiased(COHORT_SIZE, 0), seeds.acquisition()));
        this.presentationCohort = world.cohort(seeds.apply(CohortSpec.presentationBiased(COHORT_SIZE, 0),
                seeds.presentation()));
        this.populationCohort = world.cohort(seeds.apply(CohortSpec.populationClean(COHORT_SIZE, 0), seeds.population()));
    }

    /** The true counterfactual of a record of any of the studies (null for a record from elsewhere). */
    @Override
    public Image counterfactual(StudyRecord record, LabelChange change) {
        for (Cohort c : List.of(acquisitionCohort, presentationCohort, populationCohort)) {
            Image cf = new PhantomTruth(c).counterfactuals().counterfactual(record, change);
            if (cf != null) {
                return cf;
            }
        }
        return null;
    }

    /** The studies with the committed weights (see {@link PhantomModels#committed}). */
    public static PhantomStudies committed(NDManager manager) {
        return committed(manager, CohortSeeds.FIRST);
    }

    /** The studies with the committed weights on the test cohorts of a seed range. */
    public static PhantomStudies committed(NDManager manager, CohortSeeds seeds) {
        return new PhantomStudies(new PhantomWorld(), PhantomModels.committed(manager), seeds);
    }

    public Toolkit toolkit() {
        return toolkit;
    }

    public PhantomWorld world() {
        return world;
    }

    /** The oracle of one finding: trained on large balanced ground truth, judges whether an edit worked. */
    public Classifier oracle(Finding finding) {
        return oracle.of(finding);
    }

    /**
     * Edit masks a user would try for removing COVID, by name: the whole lungs (the paper's), their
     * lower half (where COVID-19's peripheral opacities lie), and the DiffEdit-like estimate of where
     * the COVID sentence changes the model's prediction, within the lungs.
     */
    public static Map<String, MaskSpec> acquisitionMasks() {
        MaskSpec lungs = Masks.anatomy(Anatomy.LUNGS);
        Map<String, MaskSpec> masks = new LinkedHashMap<>();
        masks.put("lungs", lungs);
        masks.put("lower half of the lungs", Masks.computed("lowerPart(anatomy(LUNGS), 0.5)",
                r -> lungs.resolve(r).lowerPart(0.5)));
        masks.put(ACQUISITION_MASK, Masks.estimated(PhantomPrompts.FINDINGS.get(Finding.COVID)).intersect(lungs));
        return masks;
    }

    /**
     * The acquisition study's edit mask, chosen by the sweep of {@link #acquisitionMasks()}, guidance,
     * skip and steps that the demo runs and reports ({@code DefaultsSweep}): with the whole lungs the
     * edits were no closer to the true counterfactual than the unedited originals (error ratio 1.03 on
     * 8 records), with the lungs' lower half they were (0.60), estimated within the lungs closest (0.50).
     * On the world before issue 13's faithful findings w = 1.5 (0.47) and T = 100 (0.48) came out closer
     * by less than the sweep tells apart on 8 records (0.05); on the faithful world w = 1.5 by more
     * ({@link #ACQUISITION_GUIDANCE}).
     */
    public static final String ACQUISITION_MASK = "estimated, within the lungs";

    /**
     * Acquisition shift: the weak COVID classifier saw every COVID+ image from hospital B and every
     * COVID- from A. Removing COVID from B's positives (edit = where the model places the COVID
     * sentence, within the lungs) asks whether it learned the disease or the hospital.
     */
    public ClassifierStudy acquisition(int records) {
        Suite suite = base(acquisitionCohort, records).guidance(ACQUISITION_GUIDANCE)
                .where(r -> r.has(Finding.COVID))
                .edit(acquisitionMasks().get(ACQUISITION_MASK))
                .prompt(PhantomPrompts.NORMAL).negativePrompt(PhantomPrompts.FINDINGS.get(Finding.COVID))
                .removes(Finding.COVID)
                .groupBy("site", r -> r.metadata().site());
        return new ClassifierStudy("acquisition", "Does the COVID classifier see the disease, or the hospital?", suite,
                models.classifier(PhantomTasks.COVID_WEAK).of(Finding.COVID),
                models.classifier(PhantomTasks.COVID_STRONG).of(Finding.COVID),
                PaperFigures.ACQUISITION_WEAK, PaperFigures.ACQUISITION_STRONG);
    }

    /**
     * Presentation shift: in the weak classifier's training data nearly every pneumothorax had a chest
     * tube. Removing the pneumothorax while keeping the tube asks whether it detects the collapse or
     * the treatment.
     */
    public ClassifierStudy presentation(int records) {
        Suite suite = presentationSuite(records);
        return new ClassifierStudy("presentation", "Does the pneumothorax classifier see the collapse, or the chest tube?",
                suite, models.classifier(PhantomTasks.PNEUMOTHORAX_WEAK).of(Finding.PNEUMOTHORAX),
                models.classifier(PhantomTasks.PNEUMOTHORAX_STRONG).of(Finding.PNEUMOTHORAX),
                PaperFigures.PRESENTATION_WEAK, PaperFigures.PRESENTATION_STRONG);
    }

    /**
     * Population shift: the weak segmenter learned lungs from clean images only. Adding a finding
     * where the world would draw it, with the lung masks reused as ground truth, asks whether it
     * still finds the lungs.
     */
    public SegmenterStudy population(Finding added, int records) {
        PaperFigure[] paper = POPULATION_PAPER.get(added);
        if (paper == null) {
            throw notAdded(added);
        }
        Suite suite = base(populationCohort, records).guidance(populationGuidance(added))
                .edit(new PhantomTruth(populationCohort).placeOf(added).dilate(DILATION))
                .prompt(PhantomPrompts.FINDINGS.get(added)).adds(added);
        return new SegmenterStudy("population-" + added.name().toLowerCase(),
                "Does the lung segmenter still find the lungs with " + added.phrase() + "?", suite,
                Masks.anatomy(Anatomy.LUNGS), models.segmenter(PhantomTasks.SEGMENTER_WEAK).asSegmenter(),
                models.segmenter(PhantomTasks.SEGMENTER_STRONG).asSegmenter(), paper[0], paper[1]);
    }

    /** The guidance the population study adds {@code finding} with (one of {@link #populationFindings()}). */
    public static double populationGuidance(Finding finding) {
        Double w = POPULATION_GUIDANCE.get(finding);
        if (w == null) {
            throw notAdded(finding);
        }
        return w;
    }

    private static IllegalArgumentException notAdded(Finding finding) {
        return new IllegalArgumentException("the population study adds one of " + populationFindings() + ", got " + finding);
    }

    /** The findings the population study adds, in the paper's order. */
    public static List<Finding> populationFindings() {
        return List.of(Finding.EDEMA, Finding.PACEMAKER, Finding.CONSOLIDATION);
    }

    /**
     * The presentation study's edit by RadEdit, LANCE-like and DiffEdit-like on the same records and
     * seeds: {@code assess(oracle(PNEUMOTHORAX))} compares their masks, collateral change on the tube
     * and distance to the true counterfactual; {@code evaluate} what each does to the predictors.
     */
    public ClassifierStudy baselines(int records) {
        return presentation(records).with(s -> s.method(EditMethod.RADEDIT, EditMethod.LANCE, EditMethod.DIFFEDIT));
    }

    private Suite presentationSuite(int records) {
        return base(presentationCohort, records)
                .where(r -> r.has(Finding.PNEUMOTHORAX) && r.has(Finding.CHEST_TUBE))
                .edit(Masks.finding(Finding.PNEUMOTHORAX).dilate(DILATION))
                .keep(Masks.finding(Finding.CHEST_TUBE))
                .prompt(PhantomPrompts.NO_PNEUMOTHORAX).negativePrompt(PhantomPrompts.FINDINGS.get(Finding.PNEUMOTHORAX))
                .removes(Finding.PNEUMOTHORAX);
    }

    private Suite base(Cohort cohort, int records) {
        return Suite.from(cohort.dataset()).using(toolkit)
                .limit(records)
                .confineToEditMask(true)
                .guidance(GUIDANCE).steps(STEPS).seed(0)
                .score()
                .counterfactuals(new PhantomTruth(cohort).counterfactuals());
    }
}
