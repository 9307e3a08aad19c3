package org.radedit.models.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radedit.models.bench.UntrainedModels;
import org.radedit.models.nn.AutoencoderConfig;
import org.radedit.models.train.TrainingTask;

/** The networks of the phantom world, each with its training recipe. */
public final class PhantomTasks {

    private static final Map<String, Recipe> RECIPES = new LinkedHashMap<>();

    static {
        add(new Recipe(AutoencoderTask.KIND, 16_000, 4, 1e-3f, 200,
                "128x128 -> 4x32x32 convolutional autoencoder, L1 with thin structures weighted x11"));
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

    /** The training task of a network, with the given batch size. */
    public static TrainingTask create(String kind, int batchSize) {
        recipe(kind);
        return switch (kind) {
            case AutoencoderTask.KIND -> {
                PhantomData data = PhantomData.general();
                yield new AutoencoderTask(AutoencoderConfig.phantom(), data.detailedImages(), batchSize,
                        UntrainedModels.IMAGE_SIZE, data.describe());
            }
            default -> throw new IllegalStateException("no task for " + kind);
        };
    }
}
