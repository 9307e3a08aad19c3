package org.radedit.bundle;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import java.util.Arrays;
import java.nio.file.Path;
import java.util.List;
import org.radedit.data.Label;
import org.radedit.data.Labeled;
import org.radedit.image.Image;
import org.radedit.suite.Classifier;

/**
 * A TorchScript classifier: images to logits (B, labels), turned into probabilities by independent
 * sigmoids or one softmax. {@link #of} gives the suite's {@link Classifier} for one of its labels.
 */
public final class TorchScriptClassifier extends TorchScriptPredictor {

    TorchScriptClassifier(TorchScriptModule module, BundleManifest.Predictor spec, Device device) {
        this(module, spec, device, false);
    }

    private TorchScriptClassifier(TorchScriptModule module, BundleManifest.Predictor spec, Device device, boolean ownsModule) {
        super(module, spec, device, ownsModule);
    }

    /**
     * A TorchScript file of your own, outside any bundle: it must take (B, channels, size, size)
     * float32 images in the spec's range and give logits (B, labels). It is probed once at load.
     */
    public static TorchScriptClassifier open(Path file, ImageSpec image, List<String> labels,
                                       BundleManifest.Activation activation, Device device) {
        BundleManifest.Predictor spec = Predictors.standalone(file, image, labels, BundleManifest.Kind.CLASSIFIER, activation);
        return new TorchScriptClassifier(Predictors.openProbed(file, spec, device), spec, device, true);
    }

    /** {@link #open(Path, ImageSpec, List, BundleManifest.Activation, Device)} with sigmoids, on the preferred device. */
    public static TorchScriptClassifier open(Path file, ImageSpec image, List<String> labels) {
        return open(file, image, labels, BundleManifest.Activation.SIGMOID, org.radedit.engine.Devices.preferred());
    }

    /** Per image, the probability of every label: {@code [image][label]}. */
    public float[][] probabilities(List<Image> images) {
        int labels = spec.labels().size();
        float[][] out = new float[images.size()][];
        forEachChunk(images, (start, logits) -> {
            NDArray p = spec.activation() == BundleManifest.Activation.SOFTMAX ? logits.softmax(1) : Activation.sigmoid(logits);
            float[] values = p.toFloatArray();
            for (int i = 0; i < values.length / labels; i++) {
                out[start + i] = Arrays.copyOfRange(values, i * labels, (i + 1) * labels);
            }
        });
        return out;
    }

    /** The suite's classifier of one label (matched as {@link Label}s match: case, {@code _} and space alike). */
    public Classifier of(Labeled label) {
        int column = spec.column(label.label());
        return Classifier.named(spec.name() + " [" + spec.labels().get(column) + "]", images -> {
            float[][] all = probabilities(images);
            double[] p = new double[all.length];
            for (int i = 0; i < p.length; i++) {
                p[i] = all[i][column];
            }
            return p;
        });
    }

    public Classifier of(String label) {
        return of(Label.of(label));
    }

    @Override
    public String toString() {
        return "TorchScript classifier " + spec.name() + " " + spec.labels();
    }
}
