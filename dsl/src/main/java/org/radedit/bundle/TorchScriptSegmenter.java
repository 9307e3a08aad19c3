package org.radedit.bundle;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Activation;
import java.util.ArrayList;
import java.util.Arrays;
import java.nio.file.Path;
import java.util.List;
import org.radedit.data.Label;
import org.radedit.data.Labeled;
import org.radedit.image.CropGeometry;
import org.radedit.image.Image;
import org.radedit.image.Mask;
import org.radedit.suite.Segmenter;

/**
 * A TorchScript segmenter: images to per-pixel logits (B, labels, S, S). A pixel belongs to a label
 * when its sigmoid exceeds 0.5 (or, with softmax, when the label has the largest logit). Masks come
 * back at the input image's size: the model's square is mapped back through the same crop geometry.
 */
public final class TorchScriptSegmenter extends TorchScriptPredictor {

    TorchScriptSegmenter(TorchScriptModule module, BundleManifest.Predictor spec, Device device) {
        this(module, spec, device, false);
    }

    private TorchScriptSegmenter(TorchScriptModule module, BundleManifest.Predictor spec, Device device, boolean ownsModule) {
        super(module, spec, device, ownsModule);
        if (spec.image().resize() != spec.image().size()) {
            throw new BundleException("segmenter " + spec.name() + ": image.resize must equal image.size (masks are"
                    + " mapped back through a resize and centre crop only)");
        }
    }

    /**
     * A TorchScript file of your own, outside any bundle: it must take (B, channels, size, size)
     * float32 images in the spec's range and give logits (B, labels, size, size). It is probed once at load.
     */
    public static TorchScriptSegmenter open(Path file, ImageSpec image, List<String> labels,
                                       BundleManifest.Activation activation, Device device) {
        BundleManifest.Predictor spec = Predictors.standalone(file, image, labels, BundleManifest.Kind.SEGMENTER, activation);
        return new TorchScriptSegmenter(Predictors.openProbed(file, spec, device), spec, device, true);
    }

    /** {@link #open(Path, ImageSpec, List, BundleManifest.Activation, Device)} with sigmoids, on the preferred device. */
    public static TorchScriptSegmenter open(Path file, ImageSpec image, List<String> labels) {
        return open(file, image, labels, BundleManifest.Activation.SIGMOID, org.radedit.engine.Devices.preferred());
    }

    /** The mask of one label per image, at each image's size. */
    public List<Mask> masks(List<Image> images, Labeled label) {
        int column = spec.column(label.label());
        int size = spec.image().size();
        int plane = size * size;
        List<Mask> out = new ArrayList<>();
        forEachChunk(images, (start, logits) -> {
            NDArray member = spec.activation() == BundleManifest.Activation.SOFTMAX
                    ? logits.argMax(1).eq(column)
                    : Activation.sigmoid(logits.get(":, " + column)).gt(0.5f);
            float[] values = member.toType(DataType.FLOAT32, false).toFloatArray();
            for (int i = 0; i < values.length / plane; i++) {
                Mask model = new Mask(size, size, Arrays.copyOfRange(values, i * plane, (i + 1) * plane));
                Image image = images.get(start + i);
                out.add(image.width() == size && image.height() == size ? model
                        : CropGeometry.shorterSideThenCenterCrop(image.width(), image.height(), size).toOriginal(model));
            }
        });
        return out;
    }

    /** The suite's segmenter of one label. */
    public Segmenter of(Labeled label) {
        spec.column(label.label());
        return Segmenter.named(spec.name() + " [" + label.label().name() + "]", images -> masks(images, label));
    }

    public Segmenter of(String label) {
        return of(Label.of(label));
    }

    @Override
    public String toString() {
        return "TorchScript segmenter " + spec.name() + " " + spec.labels();
    }
}
