package org.radedit.models.tasks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.Trainer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.radedit.engine.Autoencoder;
import org.radedit.engine.NoiseSchedule;
import org.radedit.engine.Tensors;
import org.radedit.models.PhantomModels;
import org.radedit.models.PhantomPairedEncoder;
import org.radedit.models.nn.ConditionalUNet;
import org.radedit.models.nn.UNetConfig;
import org.radedit.models.train.TrainingTask;
import org.radedit.models.weights.WeightFile;
import org.radedit.phantom.PhantomSample;

/**
 * Trains the text-conditional latent UNet with the DDPM objective: for a clean latent x0 (the frozen
 * autoencoder's, scaled to unit variance), a random timestep t and noise n,
 * {@code loss = mean((eps_theta(sqrt(abar_t) x0 + sqrt(1 - abar_t) n, t, c) - n)^2)}, where c is the
 * frozen text encoder's embedding of the report, replaced by the null condition (zeros) 15% of the
 * time so that classifier-free guidance works.
 */
public final class LatentDiffusionTask implements TrainingTask {

    public static final String KIND = PhantomModels.UNET;
    private static final double CONDITION_DROPOUT = 0.15;

    private final PhantomData data;
    private final Autoencoder autoencoder;
    private final PhantomPairedEncoder textEncoder;
    private final NoiseSchedule schedule = NoiseSchedule.radEditDefault();
    private final UNetConfig config;
    private final ConditionalUNet unet;
    private final int batchSize;
    private final int latentSize;
    private final float latentScale;
    private final Map<String, float[]> conditionCache = new HashMap<>();

    public LatentDiffusionTask(PhantomData data, PhantomModels frozen, UNetConfig config, int batchSize) {
        this.data = data;
        this.autoencoder = frozen.autoencoderNet().asAutoencoder();
        this.textEncoder = frozen.pairedEncoder();
        this.config = config;
        this.unet = new ConditionalUNet(config);
        this.batchSize = batchSize;
        this.latentSize = 128 / autoencoder.downsampleFactor();
        this.latentScale = measureLatentScale();
    }

    /** 1 / standard deviation of the latents of 128 training images. */
    private float measureLatentScale() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray latents = Tensors.mapInChunks(
                    Tensors.images(data.draw(0, 128).stream().map(PhantomSample::image).toList(), m), 4, autoencoder::encode);
            float mean = latents.mean().getFloat();
            float std = (float) Math.sqrt(latents.sub(mean).square().mean().getFloat());
            return 1f / std;
        }
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> config() {
        return WeightFile.config("channels", config.channels(), "widths", config.widths(),
                "embeddingSize", config.embeddingSize(), "conditionSize", config.conditionSize(), "groups", config.groups(),
                "latentSize", latentSize, "latentScale", latentScale, "conditionDropout", CONDITION_DROPOUT);
    }

    @Override
    public Block block() {
        return unet;
    }

    @Override
    public Shape[] inputShapes() {
        return new Shape[] {new Shape(batchSize, config.channels(), latentSize, latentSize), new Shape(batchSize),
                new Shape(batchSize, config.conditionSize())};
    }

    @Override
    public NDList batch(NDManager m, long step) {
        List<PhantomSample> samples = data.draw(step * batchSize, batchSize);
        SplittableRandom random = new SplittableRandom(step * 7919L + 17);
        NDArray x0;
        try (NDScope scope = new NDScope()) {
            x0 = Tensors.mapInChunks(Tensors.images(samples.stream().map(PhantomSample::image).toList(), m), 4,
                    autoencoder::encode).mul(latentScale);
            NDScope.unregister(x0);
        }
        float[] t = new float[batchSize];
        float[] signal = new float[batchSize];
        float[] noiseLevel = new float[batchSize];
        List<String> prompts = new ArrayList<>();
        for (int b = 0; b < batchSize; b++) {
            int timestep = random.nextInt(schedule.trainSteps());
            t[b] = timestep;
            signal[b] = (float) Math.sqrt(schedule.alphaBar(timestep));
            noiseLevel[b] = (float) Math.sqrt(1 - schedule.alphaBar(timestep));
            prompts.add(random.nextDouble() < CONDITION_DROPOUT ? "" : samples.get(b).report());
        }
        float[] noiseValues = new float[Math.toIntExact(x0.size())];
        for (int i = 0; i < noiseValues.length; i++) {
            noiseValues[i] = (float) random.nextGaussian();
        }
        NDArray noise = m.create(noiseValues, x0.getShape());
        Shape column = new Shape(batchSize, 1, 1, 1);
        NDArray xt = x0.mul(m.create(signal, column)).add(noise.mul(m.create(noiseLevel, column)));
        return new NDList(xt, m.create(t), conditions(prompts, m), noise);
    }

    /** Report embeddings, cached by text (reports repeat a lot); "" is the null condition. */
    private NDArray conditions(List<String> prompts, NDManager m) {
        int size = config.conditionSize();
        float[] out = new float[prompts.size() * size];
        List<String> missing = prompts.stream().filter(p -> !p.isEmpty() && !conditionCache.containsKey(p)).distinct().toList();
        if (!missing.isEmpty()) {
            float[] embedded = textEncoder.encode(missing, m).toFloatArray();
            for (int i = 0; i < missing.size(); i++) {
                float[] row = new float[size];
                System.arraycopy(embedded, i * size, row, 0, size);
                conditionCache.put(missing.get(i), row);
            }
        }
        for (int b = 0; b < prompts.size(); b++) {
            if (!prompts.get(b).isEmpty()) {
                System.arraycopy(conditionCache.get(prompts.get(b)), 0, out, b * size, size);
            }
        }
        return m.create(out, new Shape(prompts.size(), size));
    }

    @Override
    public NDArray loss(Trainer trainer, NDList batch, NDManager m) {
        NDArray predicted = trainer.forward(new NDList(batch.get(0), batch.get(1), batch.get(2))).singletonOrThrow();
        return predicted.sub(batch.get(3)).square().mean();
    }

    /** Held-out denoising error at a few noise levels (lower is better; 1.0 is predicting zeros). */
    @Override
    public Map<String, Double> evaluate(Block block, NDManager m) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        var predictor = new org.radedit.models.nn.BlockNoisePredictor(unet);
        List<PhantomSample> heldOut = data.draw(DetailedImageSource.HELD_OUT, 32);
        NDArray x0 = Tensors.mapInChunks(Tensors.images(heldOut.stream().map(PhantomSample::image).toList(), m), 4,
                autoencoder::encode).mul(latentScale);
        NDArray c = conditions(heldOut.stream().map(PhantomSample::report).toList(), m);
        for (int timestep : new int[] {50, 250, 500, 750, 950}) {
            NDArray noise = m.randomNormal(x0.getShape());
            double a = schedule.alphaBar(timestep);
            NDArray xt = x0.mul((float) Math.sqrt(a)).add(noise.mul((float) Math.sqrt(1 - a)));
            NDArray eps = predictor.predictNoise(xt, m.full(new Shape(32), (float) timestep), c);
            metrics.put("heldout_mse_t" + timestep, (double) eps.sub(noise).square().mean().getFloat());
        }
        metrics.put("latent_scale", (double) latentScale);
        return metrics;
    }

    @Override
    public String dataDescription() {
        return data.describe() + "; latents of the frozen autoencoder, conditions from the frozen paired encoder,"
                + " condition dropout " + CONDITION_DROPOUT;
    }
}
