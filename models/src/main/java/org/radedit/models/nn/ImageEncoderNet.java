package org.radedit.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * A convolutional image encoder: image (B, 1, H, W) to a vector (B, outputs). Each stage is a
 * strided convolution (halving the size) and a residual block; then global average pooling and a
 * linear head. Used for the image side of the image/text encoder, the oracles and the classifiers.
 */
public final class ImageEncoderNet extends AbstractBlock {

    private final int[] widths;
    private final int outputs;
    private final List<Conv2d> strided = new ArrayList<>();
    private final List<ResBlock> blocks = new ArrayList<>();
    private final GroupNorm norm;
    private final Linear head;

    /** @param widths channels per stage; the first stage already halves the input size */
    public ImageEncoderNet(int[] widths, int outputs, int groups) {
        this.widths = widths.clone();
        this.outputs = outputs;
        for (int i = 0; i < widths.length; i++) {
            strided.add(addChildBlock("strided" + i, Layers.conv3(widths[i], 2)));
            blocks.add(addChildBlock("block" + i, new ResBlock(widths[i], widths[i], groups, false)));
        }
        norm = addChildBlock("norm", new GroupNorm(widths[widths.length - 1], groups));
        head = addChildBlock("head", Linear.builder().setUnits(outputs).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray h = inputs.singletonOrThrow();
        for (int i = 0; i < widths.length; i++) {
            h = Layers.apply(strided.get(i), ps, h, training);
            h = Layers.apply(blocks.get(i), ps, h, training);
        }
        NDArray features = Layers.silu(Layers.apply(norm, ps, h, training));
        Shape s = features.getShape();
        NDArray pooled = features.reshape(s.get(0), s.get(1), -1).mean(new int[] {2});
        return new NDList(Layers.apply(head, ps, pooled, training));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape h = inputShapes[0];
        for (int i = 0; i < widths.length; i++) {
            strided.get(i).initialize(manager, dataType, h);
            h = Layers.scaled(h, widths[i], 2);
            blocks.get(i).initialize(manager, dataType, h);
        }
        norm.initialize(manager, dataType, h);
        head.initialize(manager, dataType, new Shape(h.get(0), widths[widths.length - 1]));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), outputs)};
    }
}
