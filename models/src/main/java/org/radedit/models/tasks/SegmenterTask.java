package org.radedit.models.tasks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radedit.data.Anatomy;
import org.radedit.engine.Tensors;
import org.radedit.image.Mask;
import org.radedit.models.nn.ConditionalUNet;
import org.radedit.models.nn.UNetConfig;
import org.radedit.models.train.TrainingTask;
import org.radedit.models.weights.WeightFile;
import org.radedit.phantom.CohortSpec;
import org.radedit.phantom.PhantomSample;

/**
 * Trains a lung segmenter (plain UNet, one logit per pixel) with binary cross-entropy plus soft Dice
 * against the phantom's lung masks. Evaluated by Dice on held-out data of its own cohort and others.
 */
public final class SegmenterTask implements TrainingTask {

    private final String kind;
    private final PhantomData data;
    private final Map<String, PhantomData> evaluations = new LinkedHashMap<>();
    private final UNetConfig config;
    private final ConditionalUNet net;
    private final int batchSize;

    public SegmenterTask(String kind, CohortSpec training, Map<String, CohortSpec> evaluations, int[] widths, int batchSize) {
        this.kind = kind;
        this.data = new PhantomData(training);
        this.evaluations.put(training.name(), data);
        evaluations.forEach((name, spec) -> this.evaluations.put(name, new PhantomData(spec)));
        this.config = UNetConfig.plain(1, widths, 8);
        this.net = new ConditionalUNet(config);
        this.batchSize = batchSize;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Map<String, Object> config() {
        return WeightFile.config("widths", config.widths(), "groups", config.groups(), "imageSize", 128);
    }

    @Override
    public Block block() {
        return net;
    }

    @Override
    public Shape[] inputShapes() {
        return new Shape[] {new Shape(batchSize, 1, 128, 128)};
    }

    @Override
    public NDList batch(NDManager m, long step) {
        List<PhantomSample> samples = data.draw(step * batchSize, batchSize);
        return new NDList(Tensors.images(samples.stream().map(PhantomSample::image).toList(), m),
                Tensors.masks(samples.stream().map(s -> s.mask(Anatomy.LUNGS)).toList(), m));
    }

    @Override
    public NDArray loss(Trainer trainer, NDList batch, NDManager m) {
        NDArray logits = trainer.forward(new NDList(batch.get(0))).singletonOrThrow();
        return Losses.binaryCrossEntropy(logits, batch.get(1)).add(Losses.diceLoss(Activation.sigmoid(logits), batch.get(1)));
    }

    /** The predicted lung masks (threshold 0.5) of a batch of images in model range. */
    public static List<Mask> segment(ConditionalUNet net, NDArray images) {
        try (NDScope scope = new NDScope()) {
            ParameterStore ps = new ParameterStore(images.getManager(), false);
            NDArray logits = net.forward(ps, new NDList(images), false).singletonOrThrow();
            return Tensors.toMasks(logits.gt(0f).toType(ai.djl.ndarray.types.DataType.FLOAT32, false));
        }
    }

    /** Mean Dice (in %) against the lung masks of 200 held-out images per evaluation cohort. */
    @Override
    public Map<String, Double> evaluate(Block block, NDManager m) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        evaluations.forEach((name, cohort) -> {
            List<PhantomSample> heldOut = cohort.draw(DetailedImageSource.HELD_OUT, 200);
            double sum = 0;
            for (int start = 0; start < heldOut.size(); start += 20) {
                List<PhantomSample> chunk = heldOut.subList(start, start + 20);
                List<Mask> predicted = segment(net, Tensors.images(chunk.stream().map(PhantomSample::image).toList(), m));
                for (int i = 0; i < chunk.size(); i++) {
                    sum += predicted.get(i).dice(chunk.get(i).mask(Anatomy.LUNGS));
                }
            }
            metrics.put(name + "_dice_percent", 100 * sum / heldOut.size());
        });
        return metrics;
    }

    @Override
    public String dataDescription() {
        return data.describe() + "; target: lung masks, batch " + batchSize;
    }
}
