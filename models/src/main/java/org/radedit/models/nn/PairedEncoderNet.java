package org.radedit.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * The paired image/text encoder (the BioViL-T role): an image encoder and a text encoder whose
 * outputs are L2-normalised into one shared space. Inputs: images (B, 1, H, W), one-hot tokens
 * (B, L, V), token mask (B, 1, L). Outputs: image embeddings (B, D), text embeddings (B, D).
 */
public final class PairedEncoderNet extends AbstractBlock {

    private final ImageEncoderNet image;
    private final TextEncoderNet text;

    public PairedEncoderNet(int[] imageWidths, int textWidth, int embeddingSize, int groups) {
        image = addChildBlock("image", new ImageEncoderNet(imageWidths, embeddingSize, groups));
        text = addChildBlock("text", new TextEncoderNet(textWidth, embeddingSize));
    }

    public ImageEncoderNet image() {
        return image;
    }

    public TextEncoderNet text() {
        return text;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray images = image.forward(ps, new NDList(inputs.get(0)), training).singletonOrThrow();
        NDArray texts = text.forward(ps, new NDList(inputs.get(1), inputs.get(2)), training).singletonOrThrow();
        return new NDList(normalise(images), normalise(texts));
    }

    /** Rows scaled to unit length: {@code v / sqrt(|v|^2 + 1e-8)}. */
    public static NDArray normalise(NDArray v) {
        NDArray epsilon = v.getManager().create(1e-8f);
        return v.div(v.square().sum(new int[] {1}, true).add(epsilon).sqrt());
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        image.initialize(manager, dataType, inputShapes[0]);
        text.initialize(manager, dataType, inputShapes[1], inputShapes[2]);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape i = image.getOutputShapes(new Shape[] {inputShapes[0]})[0];
        Shape t = text.getOutputShapes(new Shape[] {inputShapes[1], inputShapes[2]})[0];
        return new Shape[] {i, t};
    }
}
