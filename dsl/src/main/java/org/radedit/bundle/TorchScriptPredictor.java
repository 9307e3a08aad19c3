package org.radedit.bundle;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.List;
import java.util.function.BiConsumer;
import org.radedit.image.Image;

/**
 * What the TorchScript classifier and segmenter share: the module with its manifest entry, the
 * device, whether closing releases the module (only when the predictor opened it; a bundle's
 * predictors close with the bundle), and running the module over images in chunks.
 */
abstract class TorchScriptPredictor implements AutoCloseable {

    /** Images per forward pass. */
    private static final int CHUNK = 16;

    final TorchScriptModule module;
    final BundleManifest.Predictor spec;
    final Device device;
    private final boolean ownsModule;

    TorchScriptPredictor(TorchScriptModule module, BundleManifest.Predictor spec, Device device, boolean ownsModule) {
        this.module = module;
        this.spec = spec;
        this.device = device;
        this.ownsModule = ownsModule;
    }

    public String name() {
        return spec.name();
    }

    public List<String> labels() {
        return spec.labels();
    }

    /**
     * Runs the module on the images, at most {@link #CHUNK} at a time; {@code each} gets the index of
     * a chunk's first image and the chunk's float32 logits, valid during the call.
     */
    void forEachChunk(List<Image> images, BiConsumer<Integer, NDArray> each) {
        try (NDManager manager = NDManager.newBaseManager(device)) {
            for (int start = 0; start < images.size(); start += CHUNK) {
                List<Image> chunk = images.subList(start, Math.min(images.size(), start + CHUNK));
                try (NDManager step = manager.newSubManager()) {
                    NDArray logits = module.forwardSingle(ModelImages.toModel(chunk, spec.image(), step))
                            .toType(DataType.FLOAT32, false);
                    each.accept(start, logits);
                }
            }
        }
    }

    /** Releases the module when this predictor opened it. */
    @Override
    public void close() {
        if (ownsModule) {
            module.close();
        }
    }
}
