package org.radedit.models.bench;

import ai.djl.ndarray.NDManager;
import org.radedit.engine.Autoencoder;
import org.radedit.engine.DiffusionModel;
import org.radedit.engine.NoisePredictor;
import org.radedit.engine.NoiseSchedule;
import org.radedit.models.nn.AutoencoderConfig;
import org.radedit.models.nn.BlockAutoencoder;
import org.radedit.models.nn.BlockNoisePredictor;
import org.radedit.models.nn.ConditionalUNet;
import org.radedit.models.nn.Networks;
import org.radedit.models.nn.UNetConfig;

/**
 * A diffusion model of the phantom world's size with random (seeded) weights: the right cost for
 * benchmarks and the right shapes for engine demos, but no knowledge of chest X-rays.
 */
public final class UntrainedModels {

    public static final int IMAGE_SIZE = 128;

    private UntrainedModels() {
    }

    /** The UNet alone, so callers can wrap it (e.g. to time it). */
    public static ConditionalUNet phantomUNet(NDManager manager) {
        int latentSize = IMAGE_SIZE / AutoencoderConfig.phantom().downsampleFactor();
        return Networks.randomUNet(UNetConfig.phantomLatent(), latentSize, manager, 1);
    }

    public static Autoencoder phantomAutoencoder(NDManager manager) {
        AutoencoderConfig config = AutoencoderConfig.phantom();
        return new BlockAutoencoder(Networks.randomEncoder(config, IMAGE_SIZE, manager, 2),
                Networks.randomDecoder(config, IMAGE_SIZE, manager, 3), config);
    }

    public static DiffusionModel phantomModel(NDManager manager, NoisePredictor predictor) {
        return new DiffusionModel(phantomAutoencoder(manager), predictor,
                new HashingConditionEncoder(UNetConfig.phantomLatent().conditionSize()), NoiseSchedule.radEditDefault());
    }

    public static DiffusionModel phantomModel(NDManager manager) {
        return phantomModel(manager, new BlockNoisePredictor(phantomUNet(manager)));
    }
}
