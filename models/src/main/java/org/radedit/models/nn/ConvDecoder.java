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

/**
 * Latent (B, C, h, w) back to image (B, 1, h*f, w*f): the mirror of {@link ConvEncoder}. Between
 * levels the channels are reduced before the 2x nearest upsampling, not after: the same result
 * shape for a quarter of the convolution's cost at the finer level.
 */
public final class ConvDecoder extends AbstractBlock {

    private final AutoencoderConfig config;
    private final Conv2d stem;
    private final List<ResBlock> blocks = new ArrayList<>();
    private final List<Conv2d> upsample = new ArrayList<>();
    private final GroupNorm outNorm;
    private final Conv2d out;

    public ConvDecoder(AutoencoderConfig config) {
        this.config = config;
        int[] w = config.widths();
        int last = w.length - 1;
        stem = addChildBlock("stem", Layers.conv3(w[last], 1));
        for (int i = last; i >= 0; i--) {
            blocks.add(addChildBlock("block" + i, new ResBlock(w[i], w[i], config.groups(), false)));
            if (i > 0) {
                upsample.add(addChildBlock("upsample" + i, Layers.conv3(w[i - 1], 1)));
            }
        }
        outNorm = addChildBlock("outNorm", new GroupNorm(w[0], config.groups()));
        out = addChildBlock("out", Layers.conv3(1, 1));
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray h = Layers.apply(stem, ps, inputs.singletonOrThrow(), training);
        for (int j = 0; j < blocks.size(); j++) {
            h = Layers.apply(blocks.get(j), ps, h, training);
            if (j < upsample.size()) {
                h = Layers.upsample2(Layers.apply(upsample.get(j), ps, h, training));
            }
        }
        return new NDList(Layers.apply(out, ps, Layers.silu(Layers.apply(outNorm, ps, h, training)), training));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        int[] w = config.widths();
        stem.initialize(manager, dataType, inputShapes[0]);
        Shape h = Layers.withChannels(inputShapes[0], w[w.length - 1]);
        for (int j = 0; j < blocks.size(); j++) {
            blocks.get(j).initialize(manager, dataType, h);
            if (j < upsample.size()) {
                upsample.get(j).initialize(manager, dataType, h);
                h = new Shape(h.get(0), w[w.length - 2 - j], h.get(2) * 2, h.get(3) * 2);
            }
        }
        outNorm.initialize(manager, dataType, h);
        out.initialize(manager, dataType, h);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape s = inputShapes[0];
        int f = config.downsampleFactor();
        return new Shape[] {new Shape(s.get(0), 1, s.get(2) * f, s.get(3) * f)};
    }
}
