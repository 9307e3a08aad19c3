package org.radedit.models.tasks;

import ai.djl.ndarray.NDManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radedit.phantom.Finding;
import org.radedit.models.PhantomModels;
import org.radedit.models.bench.UntrainedModels;
import org.radedit.models.nn.AutoencoderConfig;
import org.radedit.models.nn.UNetConfig;
import org.radedit.models.train.TrainingTask;
import org.radedit.phantom.CohortSpec;

/** The networks of the phantom world, each with its training recipe. */
public final class PhantomTasks {

    public static final String ORACLE = "oracle";
    public static final String COVID_WEAK = "covid-weak";
    public static final String COVID_STRONG = "covid-strong";
    public static final String PNEUMOTHORAX_WEAK = "pneumothorax-weak";
    public static final String PNEUMOTHORAX_STRONG = "pneumothorax-strong";
    public static final String SEGMENTER_WEAK = "segmenter-weak";
    public static final String SEGMENTER_STRONG = "segmenter-strong";

    private static final int[] ORACLE_WIDTHS = {16, 32, 64, 128};
    private static final int[] PREDICTOR_WIDTHS = {8, 16, 32, 64};
    private static final int[] SEGMENTER_WIDTHS = {16, 32, 64};

    private static final Map<String, Recipe> RECIPES = new LinkedHashMap<>();

    static {
        add(new Recipe(AutoencoderTask.KIND, 4_000, 8, 1e-3f, 200,
                "128x128 -> 4x32x32 convolutional autoencoder, L1 with thin structures weighted x11"));
        add(new Recipe(PairedEncoderTask.KIND, 1_500, 32, 1e-3f, 100,
                "image CNN + text CNN into a shared 128-d space, contrastive with soft targets"));
        add(new Recipe(LatentDiffusionTask.KIND, 8_000, 32, 1e-3f, 200,
                "text-conditional latent UNet (DDPM objective, 15% condition dropout) on the frozen autoencoder"));
        add(new Recipe(ORACLE, 2_400, 32, 1e-3f, 100, "oracle: all 7 findings, balanced ground truth, tubes at 10-100% opacity"));
        add(new Recipe(COVID_WEAK, 400, 32, 1e-3f, 50, "weak COVID classifier: COVID+ only from site B"));
        add(new Recipe(COVID_STRONG, 400, 32, 1e-3f, 50, "strong COVID classifier: both sites alike"));
        add(new Recipe(PNEUMOTHORAX_WEAK, 400, 32, 1e-3f, 50, "weak pneumothorax classifier: 99% of positives with a tube"));
        add(new Recipe(PNEUMOTHORAX_STRONG, 400, 32, 1e-3f, 50, "strong pneumothorax classifier: tube independent"));
        add(new Recipe(SEGMENTER_WEAK, 800, 8, 1e-3f, 50, "weak lung segmenter: clean lungs only"));
        add(new Recipe(SEGMENTER_STRONG, 800, 8, 1e-3f, 50, "strong lung segmenter: devices and opacities common"));
    }

    private PhantomTasks() {
    }

    private static void add(Recipe recipe) {
        RECIPES.put(recipe.kind(), recipe);
    }

    public static List<String> kinds() {
        return List.copyOf(RECIPES.keySet());
    }

    public static Recipe recipe(String kind) {
        Recipe r = RECIPES.get(kind);
        if (r == null) {
            throw new IllegalArgumentException("unknown network '" + kind + "'; the phantom networks are " + kinds());
        }
        return r;
    }

    /**
     * Every finding at 30%, independently, from all three sites: the oracles' balanced ground truth.
     * Tubes vary in opacity down to a tenth of the standard one, so that the oracle still sees a
     * tube whose pixels were kept over a removed pneumothorax (its darkness stays under the tube).
     */
    static CohortSpec oracleCohort() {
        CohortSpec spec = CohortSpec.normals("oracle", 1, 51).withSites(Map.of("A", 1.0, "B", 1.0, "C", 1.0))
                .withFaintestTube(0.1);
        for (Finding f : Finding.values()) {
            spec = spec.withPrevalence(f, 0.3);
        }
        return spec;
    }

    /** The training task of a network, with the given batch size. */
    public static TrainingTask create(String kind, int batchSize) {
        recipe(kind);
        return switch (kind) {
            case AutoencoderTask.KIND -> {
                PhantomData data = PhantomData.general();
                yield new AutoencoderTask(AutoencoderConfig.phantom(), data.detailedImages(), batchSize,
                        UntrainedModels.IMAGE_SIZE, data.describe());
            }
            case PairedEncoderTask.KIND -> new PairedEncoderTask(PhantomData.general(), batchSize);
            case LatentDiffusionTask.KIND -> new LatentDiffusionTask(PhantomData.general(),
                    PhantomModels.committed(NDManager.newBaseManager()), UNetConfig.phantomLatent(), batchSize);
            case ORACLE -> new ClassifierTask(kind, List.of(Finding.values()), oracleCohort(), Map.of(), ORACLE_WIDTHS, batchSize);
            case COVID_WEAK -> new ClassifierTask(kind, List.of(Finding.COVID), CohortSpec.acquisitionBiased(1, 21),
                    Map.of("acquisition-balanced", CohortSpec.acquisitionBalanced(1, 22)), PREDICTOR_WIDTHS, batchSize);
            case COVID_STRONG -> new ClassifierTask(kind, List.of(Finding.COVID), CohortSpec.acquisitionBalanced(1, 23),
                    Map.of("acquisition-biased", CohortSpec.acquisitionBiased(1, 24)), PREDICTOR_WIDTHS, batchSize);
            case PNEUMOTHORAX_WEAK -> new ClassifierTask(kind, List.of(Finding.PNEUMOTHORAX), CohortSpec.presentationBiased(1, 31),
                    Map.of("presentation-balanced", CohortSpec.presentationBalanced(1, 32)), PREDICTOR_WIDTHS, batchSize);
            case PNEUMOTHORAX_STRONG -> new ClassifierTask(kind, List.of(Finding.PNEUMOTHORAX),
                    CohortSpec.presentationBalanced(1, 33),
                    Map.of("presentation-biased", CohortSpec.presentationBiased(1, 34)), PREDICTOR_WIDTHS, batchSize);
            case SEGMENTER_WEAK -> new SegmenterTask(kind, CohortSpec.populationClean(1, 41),
                    Map.of("population-diverse", CohortSpec.populationDiverse(1, 42)), SEGMENTER_WIDTHS, batchSize);
            case SEGMENTER_STRONG -> new SegmenterTask(kind, CohortSpec.populationDiverse(1, 43),
                    Map.of("population-clean", CohortSpec.populationClean(1, 44)), SEGMENTER_WIDTHS, batchSize);
            default -> throw new IllegalStateException("no task for " + kind);
        };
    }
}
