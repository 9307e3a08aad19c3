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

/**
 * A residual block, optionally with an embedding (time + condition) added between its two
 * convolutions: {@code h = conv(silu(norm(x))) + proj(silu(emb)); out = conv(silu(norm(h))) + skip(x)}.
 * Inputs: x (B, in, H, W), and emb (B, E) when the block has an embedding.
 */
final class ResBlock extends AbstractBlock {

    private final int outChannels;
    private final GroupNorm norm1;
    private final Conv2d conv1;
    private final Linear embedding;
    private final GroupNorm norm2;
    private final Conv2d conv2;
    private final Conv2d skip;

    ResBlock(int inChannels, int outChannels, int groups) {
        this(inChannels, outChannels, groups, true);
    }

    ResBlock(int inChannels, int outChannels, int groups, boolean withEmbedding) {
        this.outChannels = outChannels;
        norm1 = addChildBlock("norm1", new GroupNorm(inChannels, groups));
        conv1 = addChildBlock("conv1", Layers.conv3(outChannels, 1));
        embedding = withEmbedding ? addChildBlock("embedding", Linear.builder().setUnits(outChannels).build()) : null;
        norm2 = addChildBlock("norm2", new GroupNorm(outChannels, groups));
        conv2 = addChildBlock("conv2", Layers.conv3(outChannels, 1));
        skip = inChannels == outChannels ? null : addChildBlock("skip", Layers.conv1(outChannels));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray h = Layers.apply(conv1, ps, Layers.silu(Layers.apply(norm1, ps, x, training)), training);
        if (embedding != null) {
            NDArray e = Layers.apply(embedding, ps, Layers.silu(inputs.get(1)), training);
            h = h.add(e.reshape(e.getShape().get(0), outChannels, 1, 1));
        }
        h = Layers.apply(conv2, ps, Layers.silu(Layers.apply(norm2, ps, h, training)), training);
        NDArray shortcut = skip == null ? x : Layers.apply(skip, ps, x, training);
        return new NDList(h.add(shortcut));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        Shape out = Layers.withChannels(x, outChannels);
        norm1.initialize(manager, dataType, x);
        conv1.initialize(manager, dataType, x);
        if (embedding != null) {
            embedding.initialize(manager, dataType, inputShapes[1]);
        }
        norm2.initialize(manager, dataType, out);
        conv2.initialize(manager, dataType, out);
        if (skip != null) {
            skip.initialize(manager, dataType, x);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {Layers.withChannels(inputShapes[0], outChannels)};
    }
}
