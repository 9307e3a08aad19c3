package org.radedit.models.tasks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.Trainer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.radedit.engine.Tensors;
import org.radedit.image.Image;
import org.radedit.image.Mask;
import org.radedit.models.nn.AutoencoderConfig;
import org.radedit.models.nn.AutoencoderNet;
import org.radedit.models.train.TrainingTask;
import org.radedit.models.weights.WeightFile;

/**
 * Trains the autoencoder (the VAE role): {@code loss = mean(|x_hat - x| * (1 + detailWeight * d))
 * + latentPenalty * mean(z^2)}, where d marks thin structures. The small latent penalty keeps the
 * latent's scale bounded for the diffusion model that will live in it.
 */
public final class AutoencoderTask implements TrainingTask {

    public static final String KIND = "autoencoder";
    private static final float DETAIL_WEIGHT = 10f;
    private static final float LATENT_PENALTY = 1e-4f;

    private final AutoencoderConfig config;
    private final AutoencoderNet net;
    private final DetailedImageSource source;
    private final int batchSize;
    private final int imageSize;
    private final String data;

    public AutoencoderTask(AutoencoderConfig config, DetailedImageSource source, int batchSize, int imageSize, String data) {
        this.config = config;
        this.net = new AutoencoderNet(config);
        this.source = source;
        this.batchSize = batchSize;
        this.imageSize = imageSize;
        this.data = data;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> config() {
        return WeightFile.config("latentChannels", config.latentChannels(), "widths", config.widths(),
                "groups", config.groups(), "imageSize", imageSize);
    }

    @Override
    public Block block() {
        return net;
    }

    @Override
    public Shape[] inputShapes() {
        return new Shape[] {new Shape(batchSize, 1, imageSize, imageSize)};
    }

    @Override
    public NDList batch(NDManager batchManager, long step) {
        List<DetailedImage> batch = source.draw(step * batchSize, batchSize);
        NDArray x = Tensors.images(batch.stream().map(DetailedImage::image).toList(), batchManager);
        NDArray weights = Tensors.masks(batch.stream().map(AutoencoderTask::detailUnion).toList(), batchManager)
                .mul(batchManager.create(DETAIL_WEIGHT)).add(batchManager.create(1f));
        return new NDList(x, weights);
    }

    @Override
    public NDArray loss(Trainer trainer, NDList batch, NDManager batchManager) {
        NDArray x = batch.get(0);
        NDArray weights = batch.get(1);
        NDList out = trainer.forward(new NDList(x));
        NDArray reconstruction = out.get(0);
        NDArray latent = out.get(1);
        NDArray reconstructionLoss = reconstruction.sub(x).abs().mul(weights).mean();
        NDArray latentLoss = latent.square().mean().mul(batchManager.create(LATENT_PENALTY));
        return reconstructionLoss.add(latentLoss);
    }

    @Override
    public Map<String, Double> evaluate(Block block, NDManager manager) {
        List<DetailedImage> heldOut = source.draw(DetailedImageSource.HELD_OUT, 64);
        List<Image> reconstructions = new ArrayList<>();
        for (int start = 0; start < heldOut.size(); start += 8) {
            List<Image> chunk = heldOut.subList(start, start + 8).stream().map(DetailedImage::image).toList();
            NDArray x = Tensors.images(chunk, manager);
            reconstructions.addAll(Tensors.toImages(net.asAutoencoder().decode(net.asAutoencoder().encode(x))));
        }
        return ReconstructionMetrics.measure(heldOut, reconstructions);
    }

    @Override
    public String dataDescription() {
        return data;
    }

    static Mask detailUnion(DetailedImage d) {
        Mask union = Mask.empty(d.image().width(), d.image().height());
        for (Mask m : new TreeSet<>(d.details().keySet()).stream().map(d.details()::get).toList()) {
            union = union.union(m);
        }
        return union;
    }

    /** PSNR over whole images and mean absolute error on each kind of thin structure. */
    static final class ReconstructionMetrics {
        static Map<String, Double> measure(List<DetailedImage> originals, List<Image> reconstructions) {
            double squared = 0;
            double absolute = 0;
            long pixels = 0;
            Map<String, double[]> perDetail = new java.util.TreeMap<>();
            for (int i = 0; i < originals.size(); i++) {
                float[] o = originals.get(i).image().pixels();
                float[] r = reconstructions.get(i).pixels();
                for (int p = 0; p < o.length; p++) {
                    double d = r[p] - o[p];
                    squared += d * d;
                    absolute += Math.abs(d);
                }
                pixels += o.length;
                for (var e : originals.get(i).details().entrySet()) {
                    double[] acc = perDetail.computeIfAbsent(e.getKey(), k -> new double[2]);
                    float[] m = e.getValue().values();
                    for (int p = 0; p < o.length; p++) {
                        if (m[p] > 0.5f) {
                            acc[0] += Math.abs(r[p] - o[p]);
                            acc[1]++;
                        }
                    }
                }
            }
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("psnr_db", 10 * Math.log10(1.0 / (squared / pixels)));
            metrics.put("mae_all", absolute / pixels);
            perDetail.forEach((k, acc) -> {
                if (acc[1] > 0) {
                    metrics.put("mae_" + k, acc[0] / acc[1]);
                }
            });
            return metrics;
        }
    }
}
