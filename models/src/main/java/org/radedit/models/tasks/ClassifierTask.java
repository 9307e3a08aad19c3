package org.radedit.models.tasks;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.Trainer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.radedit.phantom.Finding;
import org.radedit.engine.Tensors;
import org.radedit.metrics.Classification;
import org.radedit.models.LoadedClassifier;
import org.radedit.models.nn.ImageEncoderNet;
import org.radedit.models.train.TrainingTask;
import org.radedit.models.weights.WeightFile;
import org.radedit.phantom.CohortSpec;
import org.radedit.phantom.PhantomSample;

/**
 * Trains an image classifier with one sigmoid output per label (binary cross-entropy): the oracles
 * (every finding, balanced ground truth) and the studies' weak and strong predictors (one finding,
 * trained on a biased or a balanced cohort). Evaluated on held-out data of its own cohort and of
 * any other cohorts named.
 */
public final class ClassifierTask implements TrainingTask {

    private final String kind;
    private final List<Finding> labels;
    private final PhantomData data;
    private final Map<String, PhantomData> evaluations;
    private final int[] widths;
    private final ImageEncoderNet net;
    private final int batchSize;

    public ClassifierTask(String kind, List<Finding> labels, CohortSpec training, Map<String, CohortSpec> evaluations,
                          int[] widths, int batchSize) {
        this.kind = kind;
        this.labels = List.copyOf(labels);
        this.data = new PhantomData(training);
        this.evaluations = new LinkedHashMap<>();
        this.evaluations.put(training.name(), data);
        evaluations.forEach((name, spec) -> this.evaluations.put(name, new PhantomData(spec)));
        this.widths = widths.clone();
        this.net = new ImageEncoderNet(widths, labels.size(), 8);
        this.batchSize = batchSize;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Map<String, Object> config() {
        return WeightFile.config("widths", widths, "groups", 8, "imageSize", 128,
                "labels", labels.stream().map(Finding::name).toList());
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
        return new NDList(Tensors.images(samples.stream().map(PhantomSample::image).toList(), m), targets(samples, m));
    }

    private NDArray targets(List<PhantomSample> samples, NDManager m) {
        float[] y = new float[samples.size() * labels.size()];
        for (int i = 0; i < samples.size(); i++) {
            for (int j = 0; j < labels.size(); j++) {
                y[i * labels.size() + j] = samples.get(i).has(labels.get(j)) ? 1f : 0f;
            }
        }
        return m.create(y, new Shape(samples.size(), labels.size()));
    }

    @Override
    public NDArray loss(Trainer trainer, NDList batch, NDManager m) {
        NDArray logits = trainer.forward(new NDList(batch.get(0))).singletonOrThrow();
        return Losses.binaryCrossEntropy(logits, batch.get(1));
    }

    /** Per label and evaluation cohort: AUROC and accuracy at 0.5 on 400 held-out images. */
    @Override
    public Map<String, Double> evaluate(Block block, NDManager m) {
        LoadedClassifier classifier = new LoadedClassifier(kind, net, labels.stream().map(Finding::name).toList());
        Map<String, Double> metrics = new LinkedHashMap<>();
        evaluations.forEach((name, cohort) -> {
            List<PhantomSample> heldOut = cohort.draw(DetailedImageSource.HELD_OUT, 400);
            float[] p = new float[heldOut.size() * labels.size()];
            for (int start = 0; start < heldOut.size(); start += 50) {
                List<PhantomSample> chunk = heldOut.subList(start, start + 50);
                float[] chunkP = classifier.probabilities(Tensors.images(chunk.stream().map(PhantomSample::image).toList(), m))
                        .toFloatArray();
                System.arraycopy(chunkP, 0, p, start * labels.size(), chunkP.length);
            }
            for (int j = 0; j < labels.size(); j++) {
                double[] scores = new double[heldOut.size()];
                boolean[] truth = new boolean[heldOut.size()];
                int correct = 0;
                for (int i = 0; i < heldOut.size(); i++) {
                    scores[i] = p[i * labels.size() + j];
                    truth[i] = heldOut.get(i).has(labels.get(j));
                    correct += (scores[i] >= 0.5) == truth[i] ? 1 : 0;
                }
                String label = labels.get(j).name().toLowerCase();
                metrics.put(name + "_auroc_" + label, Classification.auroc(scores, truth));
                metrics.put(name + "_accuracy_" + label, (double) correct / heldOut.size());
            }
        });
        return metrics;
    }

    @Override
    public String dataDescription() {
        return data.describe() + "; labels " + labels + ", batch " + batchSize;
    }
}
