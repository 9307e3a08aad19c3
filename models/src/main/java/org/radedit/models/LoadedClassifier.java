package org.radedit.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import java.util.List;
import org.radedit.models.nn.ImageEncoderNet;

/** A trained image classifier: images in model range (B, 1, H, W) to per-label probabilities (B, labels). */
public record LoadedClassifier(String kind, ImageEncoderNet net, List<String> labels) {

    public NDArray probabilities(NDArray images) {
        try (NDScope scope = new NDScope()) {
            ParameterStore ps = new ParameterStore(images.getManager(), false);
            NDArray p = Activation.sigmoid(net.forward(ps, new NDList(images), false).singletonOrThrow());
            NDScope.unregister(p);
            return p;
        }
    }
}
