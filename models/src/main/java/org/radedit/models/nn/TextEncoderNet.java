package org.radedit.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A small text encoder: token ids (B, L) as one-hot rows, a linear embedding, two width-3
 * convolutions over the sequence (so "no pneumothorax" reads differently from "pneumothorax"),
 * max pooling over the real (unpadded) tokens, and a linear head to (B, outputs).
 * Inputs: one-hot tokens (B, L, V) and a padding mask (B, 1, L) with 1 for real tokens.
 */
public final class TextEncoderNet extends AbstractBlock {

    private final int width;
    private final int outputs;
    private final Linear embedding;
    private final Conv1d conv1;
    private final Conv1d conv2;
    private final Linear head;

    public TextEncoderNet(int width, int outputs) {
        this.width = width;
        this.outputs = outputs;
        embedding = addChildBlock("embedding", Linear.builder().setUnits(width).optBias(false).build());
        conv1 = addChildBlock("conv1", Conv1d.builder().setKernelShape(new Shape(3)).optPadding(new Shape(1)).setFilters(width).build());
        conv2 = addChildBlock("conv2", Conv1d.builder().setKernelShape(new Shape(3)).optPadding(new Shape(1)).setFilters(width).build());
        head = addChildBlock("head", Linear.builder().setUnits(outputs).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray oneHot = inputs.get(0);
        NDArray real = inputs.get(1);
        NDArray h = Layers.apply(embedding, ps, oneHot, training).transpose(0, 2, 1); // (B, width, L)
        h = Layers.silu(Layers.apply(conv1, ps, h, training));
        h = Layers.silu(Layers.apply(conv2, ps, h, training)).add(h);
        // Padding positions get a large negative value so max pooling ignores them.
        NDArray padPenalty = real.sub(real.onesLike()).mul(real.getManager().create(1e4f));
        NDArray pooled = h.add(padPenalty).max(new int[] {2});
        return new NDList(Layers.apply(head, ps, pooled, training));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape oneHot = inputShapes[0];
        long batch = oneHot.get(0);
        long length = oneHot.get(1);
        embedding.initialize(manager, dataType, oneHot);
        conv1.initialize(manager, dataType, new Shape(batch, width, length));
        conv2.initialize(manager, dataType, new Shape(batch, width, length));
        head.initialize(manager, dataType, new Shape(batch, width));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {new Shape(inputShapes[0].get(0), outputs)};
    }
}
