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
import org.radedit.phantom.Finding;
import org.radedit.engine.Tensors;
import org.radedit.metrics.Classification;
import org.radedit.models.PhantomPrompts;
import org.radedit.models.nn.PairedEncoderNet;
import org.radedit.models.text.Vocabulary;
import org.radedit.models.train.TrainingTask;
import org.radedit.models.weights.WeightFile;
import org.radedit.phantom.PhantomSample;
import org.radedit.phantom.ReportWriter;

/**
 * Trains the paired image/text encoder contrastively. In a batch of (image, report) pairs the
 * similarity {@code s_ij = cos(E_I(image_i), E_T(report_j)) / tau} should pick out the matching
 * reports. Many phantom reports say the same thing in other words, so the target of row i is spread
 * over every j with the same findings (soft targets), in both directions:
 * {@code loss = -mean_i sum_j T_ij (log softmax_j s_ij + log softmax_i s_ij) / 2}.
 */
public final class PairedEncoderTask implements TrainingTask {

    public static final String KIND = "paired-encoder";
    public static final int[] IMAGE_WIDTHS = {16, 32, 64, 128};
    public static final int TEXT_WIDTH = 128;
    public static final int EMBEDDING = 128;
    private static final float TEMPERATURE = 0.07f;

    private final PhantomData data;
    private final Vocabulary vocabulary;
    private final PairedEncoderNet net = new PairedEncoderNet(IMAGE_WIDTHS, TEXT_WIDTH, EMBEDDING, 8);
    private final int batchSize;

    public PairedEncoderTask(PhantomData data, int batchSize) {
        this.data = data;
        this.batchSize = batchSize;
        this.vocabulary = vocabularyOf(data);
    }

    /** Every word of 20,000 training reports, plus the words prompts use. */
    static Vocabulary vocabularyOf(PhantomData data) {
        List<String> texts = new ArrayList<>(data.reports(0, 20_000));
        for (Finding f : Finding.values()) {
            texts.add("No " + ReportWriter.keyword(f) + ". " + f.phrase());
        }
        texts.add("No acute findings. Remove add normal left right");
        return Vocabulary.of(texts);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Map<String, Object> config() {
        return WeightFile.config("imageWidths", IMAGE_WIDTHS, "textWidth", TEXT_WIDTH, "embedding", EMBEDDING,
                "groups", 8, "vocabulary", vocabulary.words());
    }

    @Override
    public Block block() {
        return net;
    }

    @Override
    public Shape[] inputShapes() {
        return new Shape[] {new Shape(batchSize, 1, 128, 128), new Shape(batchSize, Vocabulary.MAX_TOKENS, vocabulary.size()),
                new Shape(batchSize, 1, Vocabulary.MAX_TOKENS)};
    }

    @Override
    public NDList batch(NDManager m, long step) {
        List<PhantomSample> batch = data.draw(step * batchSize, batchSize);
        NDArray images = Tensors.images(batch.stream().map(PhantomSample::image).toList(), m);
        NDList tokens = vocabulary.encode(batch.stream().map(PhantomSample::report).toList(), m);
        NDArray targets = m.create(sameFindings(batch), new Shape(batchSize, batchSize));
        return new NDList(images, tokens.get(0), tokens.get(1), targets);
    }

    @Override
    public NDArray loss(Trainer trainer, NDList batch, NDManager m) {
        NDList out = trainer.forward(new NDList(batch.get(0), batch.get(1), batch.get(2)));
        NDArray similarity = out.get(0).matMul(out.get(1).transpose()).mul(m.create(1f / TEMPERATURE));
        NDArray targets = batch.get(3);
        NDArray imageToText = targets.mul(similarity.logSoftmax(1)).sum(new int[] {1}).mean();
        NDArray textToImage = targets.mul(similarity.logSoftmax(0)).sum(new int[] {0}).mean();
        return imageToText.add(textToImage).neg().mul(m.create(0.5f));
    }

    /** T_ij = 1 / |{k: same findings as i}| where j has the same findings as i (symmetric). */
    private static float[] sameFindings(List<PhantomSample> batch) {
        int n = batch.size();
        float[] t = new float[n * n];
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int j = 0; j < n; j++) {
                if (batch.get(i).findings().equals(batch.get(j).findings())) {
                    count++;
                }
            }
            for (int j = 0; j < n; j++) {
                if (batch.get(i).findings().equals(batch.get(j).findings())) {
                    t[i * n + j] = 1f / count;
                }
            }
        }
        return t;
    }

    /**
     * Zero-shot AUROC per finding on 600 held-out images, with no classifier trained for it:
     * score = cos(image, a typical sentence reporting X) - cos(image, a normal report).
     */
    @Override
    public Map<String, Double> evaluate(Block block, NDManager m) {
        var encoder = new org.radedit.models.PhantomPairedEncoder(net, vocabulary);
        List<PhantomSample> heldOut = data.draw(DetailedImageSource.HELD_OUT, 600);
        List<String> prompts = new ArrayList<>();
        for (Finding f : Finding.values()) {
            prompts.add(PhantomPrompts.FINDINGS.get(f));
            prompts.add(PhantomPrompts.NORMAL);
        }
        float[] text = encoder.embedTexts(prompts, m).toFloatArray();
        Map<String, Double> metrics = new LinkedHashMap<>();
        double[][] scores = new double[Finding.values().length][heldOut.size()];
        for (int start = 0; start < heldOut.size(); start += 50) {
            List<PhantomSample> chunk = heldOut.subList(start, start + 50);
            float[] img = encoder.embedImages(Tensors.images(chunk.stream().map(PhantomSample::image).toList(), m)).toFloatArray();
            for (int i = 0; i < chunk.size(); i++) {
                for (int f = 0; f < Finding.values().length; f++) {
                    scores[f][start + i] = dot(img, i, text, 2 * f) - dot(img, i, text, 2 * f + 1);
                }
            }
        }
        for (Finding f : Finding.values()) {
            boolean[] truth = new boolean[heldOut.size()];
            for (int i = 0; i < truth.length; i++) {
                truth[i] = heldOut.get(i).has(f);
            }
            metrics.put("zero_shot_auroc_" + f.name().toLowerCase(), Classification.auroc(scores[f.ordinal()], truth));
        }
        return metrics;
    }

    private static double dot(float[] a, int row, float[] b, int other) {
        double sum = 0;
        for (int k = 0; k < EMBEDDING; k++) {
            sum += a[row * EMBEDDING + k] * b[other * EMBEDDING + k];
        }
        return sum;
    }

    @Override
    public String dataDescription() {
        return data.describe() + "; (image, report) pairs, batch " + batchSize;
    }
}
