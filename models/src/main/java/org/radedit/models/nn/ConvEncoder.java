package org.radedit.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/** Image (B, 1, H, W) to latent (B, C, H/f, W/f): residual blocks and strided convolutions. */
public final class ConvEncoder extends AbstractBlock {

    private final AutoencoderConfig config;
    private final Conv2d stem;
    private final List<ResBlock> blocks = new ArrayList<>();
    private final List<Conv2d> downsample = new ArrayList<>();
    private final GroupNorm outNorm;
    private final Conv2d out;

    public ConvEncoder(AutoencoderConfig config) {
        this.config = config;
        int[] w = config.widths();
        stem = addChildBlock("stem", Layers.conv3(w[0], 1));
        for (int i = 0; i < w.length; i++) {
            blocks.add(addChildBlock("block" + i, new ResBlock(w[i], w[i], config.groups(), false)));
            if (i < w.length - 1) {
                downsample.add(addChildBlock("downsample" + i, Layers.conv3(w[i + 1], 2)));
            }
        }
        outNorm = addChildBlock("outNorm", new GroupNorm(w[w.length - 1], config.groups()));
        out = addChildBlock("out", Layers.conv3(config.latentChannels(), 1));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray h = Layers.apply(stem, ps, inputs.singletonOrThrow(), training);
        for (int i = 0; i < blocks.size(); i++) {
            h = Layers.apply(blocks.get(i), ps, h, training);
            if (i < downsample.size()) {
                h = Layers.apply(downsample.get(i), ps, h, training);
            }
        }
        return new NDList(Layers.apply(out, ps, Layers.silu(Layers.apply(outNorm, ps, h, training)), training));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        int[] w = config.widths();
        stem.initialize(manager, dataType, inputShapes[0]);
        Shape h = Layers.withChannels(inputShapes[0], w[0]);
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).initialize(manager, dataType, h);
            if (i < downsample.size()) {
                downsample.get(i).initialize(manager, dataType, h);
                h = Layers.scaled(h, w[i + 1], 2);
            }
        }
        outNorm.initialize(manager, dataType, h);
        out.initialize(manager, dataType, h);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        int f = config.downsampleFactor();
        return new Shape[] {Layers.scaled(inputShapes[0], config.latentChannels(), f)};
    }
}
