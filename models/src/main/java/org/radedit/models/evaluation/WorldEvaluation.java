package org.radedit.models.evaluation;

import ai.djl.ndarray.NDManager;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radedit.data.Anatomy;
import org.radedit.phantom.Finding;
import org.radedit.engine.Cancellation;
import org.radedit.engine.DiffusionModel;
import org.radedit.engine.EditEngine;
import org.radedit.engine.EditInput;
import org.radedit.engine.EditListener;
import org.radedit.engine.EditOutcome;
import org.radedit.engine.EditSettings;
import org.radedit.image.Image;
import org.radedit.image.Mask;
import org.radedit.models.LoadedClassifier;
import org.radedit.models.PhantomModels;
import org.radedit.models.PhantomPrompts;
import org.radedit.models.tasks.PhantomTasks;
import org.radedit.phantom.PhantomSample;
import org.radedit.phantom.PhantomWorld;

/**
 * Measures what the trained phantom world must show (issue 4): prompted sampling judged by the
 * oracle, and RadEdit removal of pneumothorax with the chest tube kept, judged against the true
 * counterfactual and against a naive control, over a sweep of guidance weights.
 */
public final class WorldEvaluation {

    public static final Map<Finding, String> FINDING_PROMPTS = PhantomPrompts.FINDINGS;
    public static final String NORMAL_PROMPT = PhantomPrompts.NORMAL;
    public static final String REMOVAL_PROMPT = PhantomPrompts.NO_PNEUMOTHORAX;

    private final PhantomWorld world = new PhantomWorld();
    private final EditEngine engine;
    private final LoadedClassifier oracle;
    private final PrintStream out;

    public WorldEvaluation(DiffusionModel model, LoadedClassifier oracle, PrintStream out) {
        this.engine = new EditEngine(model);
        this.oracle = oracle;
        this.out = out;
    }

    public static WorldEvaluation committed(NDManager manager, PrintStream out) {
        PhantomModels models = PhantomModels.committed(manager);
        return new WorldEvaluation(models.diffusionModel(), models.classifier(PhantomTasks.ORACLE), out);
    }

    /** Per prompt: the share of samples in which the oracle sees the prompted finding (or, for normal, none). */
    public Map<String, Double> sampling(int perPrompt, double guidance, int steps) {
        Map<String, Double> result = new LinkedHashMap<>();
        for (var e : FINDING_PROMPTS.entrySet()) {
            List<Image> images = sample(e.getValue(), guidance, steps, perPrompt, 1000L * e.getKey().ordinal());
            float[] p = probabilities(images);
            int hits = 0;
            for (int i = 0; i < images.size(); i++) {
                hits += p[i * Finding.values().length + e.getKey().ordinal()] >= 0.5f ? 1 : 0;
            }
            result.put(e.getKey().name().toLowerCase(), 100.0 * hits / images.size());
            out.printf("  sampling \"%s\": oracle sees %s in %d/%d%n", e.getValue(), e.getKey().phrase(), hits, images.size());
        }
        List<Image> normals = sample(NORMAL_PROMPT, guidance, steps, perPrompt, 99_000);
        float[] p = probabilities(normals);
        int clean = 0;
        for (int i = 0; i < normals.size(); i++) {
            boolean any = false;
            for (int f = 0; f < Finding.values().length; f++) {
                any |= p[i * Finding.values().length + f] >= 0.5f;
            }
            clean += any ? 0 : 1;
        }
        result.put("no_acute_findings", 100.0 * clean / normals.size());
        out.printf("  sampling \"%s\": oracle sees no finding in %d/%d%n", NORMAL_PROMPT, clean, normals.size());
        return result;
    }

    private List<Image> sample(String prompt, double guidance, int steps, int count, long seedBase) {
        List<Image> images = new ArrayList<>();
        for (int start = 0; start < count; start += 8) {
            int n = Math.min(8, count - start);
            long[] seeds = new long[n];
            for (int i = 0; i < n; i++) {
                seeds[i] = seedBase + start + i;
            }
            images.addAll(engine.sample(prompt, guidance, steps, seeds, 128, 128, EditListener.NONE, Cancellation.none()));
        }
        return images;
    }

    /** The phantoms of the removal check: a pneumothorax and a chest tube, sites A-C. */
    public List<PhantomSample> removalCases(int count) {
        List<PhantomSample> cases = new ArrayList<>();
        String[] sites = {"A", "B", "C"};
        for (int i = 0; i < count; i++) {
            cases.add(world.sample(500_000L + i, sites[i % 3], Finding.PNEUMOTHORAX, Finding.CHEST_TUBE));
        }
        return cases;
    }

    /**
     * RadEdit removal: edit = pneumothorax mask dilated by {@code dilation}, keep = chest tube mask,
     * prompt {@link #REMOVAL_PROMPT}; judged by the oracle and against the true counterfactual. With
     * {@code confineToEditMask} every pixel outside the edit mask stays the original's; a
     * {@code negativePrompt} (or null) gets weight {@code -guidance}.
     */
    public RemovalFigures removal(List<PhantomSample> cases, double guidance, int steps, int skip, int dilation,
                                  boolean confineToEditMask, String negativePrompt) {
        int n = cases.size();
        List<Image> edited = new ArrayList<>();
        boolean keepIdentical = true;
        for (int start = 0; start < n; start += 8) {
            List<EditInput> inputs = new ArrayList<>();
            for (PhantomSample s : cases.subList(start, Math.min(n, start + 8))) {
                inputs.add(new EditInput(s.image(), s.mask(Finding.PNEUMOTHORAX).dilate(dilation), s.mask(Finding.CHEST_TUBE),
                        s.phantomCase().seed()));
            }
            EditSettings settings = EditSettings.of(REMOVAL_PROMPT, guidance, steps, skip).withConfineToEditMask(confineToEditMask);
            if (negativePrompt != null) {
                settings = settings.withNegativePrompt(negativePrompt);
            }
            for (EditOutcome o : engine.edit(inputs, settings)) {
                edited.add(o.edited());
                keepIdentical &= o.change().keepPixelsChanged() == 0;
            }
        }
        List<Image> naive = new ArrayList<>();
        double editError = 0;
        double originalError = 0;
        double naiveError = 0;
        for (int i = 0; i < n; i++) {
            PhantomSample s = cases.get(i);
            Image truth = world.counterfactual(s, Finding.PNEUMOTHORAX, false).image();
            Mask lungs = s.mask(Anatomy.LUNGS);
            Mask fillRegion = s.mask(Finding.PNEUMOTHORAX).dilate(dilation).minus(s.mask(Finding.CHEST_TUBE));
            Image filled = NaiveFill.meanLungFill(s.image(), lungs, fillRegion);
            naive.add(filled);
            editError += meanAbsInside(edited.get(i), truth, lungs);
            originalError += meanAbsInside(s.image(), truth, lungs);
            naiveError += meanAbsInside(filled, truth, lungs);
        }
        float[] pEdited = probabilities(edited);
        float[] pNaive = probabilities(naive);
        float[] pOriginal = probabilities(cases.stream().map(PhantomSample::image).toList());
        int labels = Finding.values().length;
        int removed = 0;
        int kept = 0;
        int naiveRemoved = 0;
        int originalKept = 0;
        for (int i = 0; i < n; i++) {
            originalKept += pOriginal[i * labels + Finding.CHEST_TUBE.ordinal()] >= 0.5f ? 1 : 0;
            removed += pEdited[i * labels + Finding.PNEUMOTHORAX.ordinal()] < 0.5f ? 1 : 0;
            kept += pEdited[i * labels + Finding.CHEST_TUBE.ordinal()] >= 0.5f ? 1 : 0;
            naiveRemoved += pNaive[i * labels + Finding.PNEUMOTHORAX.ordinal()] < 0.5f ? 1 : 0;
        }
        return new RemovalFigures(guidance, confineToEditMask, n, 100.0 * removed / n, 100.0 * kept / n,
                100.0 * originalKept / n, keepIdentical, editError / n,
                originalError / n, naiveError / n, 100.0 * naiveRemoved / n);
    }

    /** Oracle probabilities, (n, findings) flattened. */
    public float[] probabilities(List<Image> images) {
        return oracle.probabilities(images);
    }

    static double meanAbsInside(Image a, Image b, Mask region) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < a.size(); i++) {
            if (region.values()[i] > 0.5f) {
                sum += Math.abs(a.pixels()[i] - b.pixels()[i]);
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }
}
