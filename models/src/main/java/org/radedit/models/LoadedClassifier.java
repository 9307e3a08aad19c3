package org.radedit.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.radedit.phantom.Finding;
import org.radedit.engine.Tensors;
import org.radedit.image.Image;
import org.radedit.models.nn.ImageEncoderNet;
import org.radedit.suite.Classifier;

/** A trained image classifier: images in model range (B, 1, H, W) to per-label probabilities (B, labels). */
public record LoadedClassifier(String kind, ImageEncoderNet net, List<String> labels) {

    /** Images per forward pass when classifying a list. */
    private static final int CHUNK = 32;

    public NDArray probabilities(NDArray images) {
        try (NDScope scope = new NDScope()) {
            ParameterStore ps = new ParameterStore(images.getManager(), false);
            NDArray p = Activation.sigmoid(net.forward(ps, new NDList(images), false).singletonOrThrow());
            NDScope.unregister(p);
            return p;
        }
    }

    /** Per image, the probability of each label, (n, labels) flattened row by row. */
    public float[] probabilities(List<Image> images) {
        float[] all = new float[images.size() * labels.size()];
        try (NDManager m = NDManager.newBaseManager()) {
            for (int start = 0; start < images.size(); start += CHUNK) {
                List<Image> chunk = images.subList(start, Math.min(images.size(), start + CHUNK));
                float[] values = probabilities(Tensors.images(chunk, m)).toFloatArray();
                System.arraycopy(values, 0, all, start * labels.size(), values.length);
            }
        }
        return all;
    }

    /** This network as the suite's classifier of one finding, named after its kind. */
    public Classifier of(Finding finding) {
        int column = labels.indexOf(finding.name());
        if (column < 0) {
            throw new IllegalArgumentException(kind + " does not classify " + finding + "; its labels are " + labels);
        }
        return Classifier.named(kind, images -> {
            float[] all = probabilities(images);
            double[] p = new double[images.size()];
            for (int i = 0; i < p.length; i++) {
                p[i] = all[i * labels.size() + column];
            }
            return p;
        });
    }
}
