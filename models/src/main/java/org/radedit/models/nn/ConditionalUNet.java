package org.radedit.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.Initializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * The noise predictor {@code eps_theta(x_t, t, c)}: a UNet whose residual blocks receive an
 * embedding of the timestep (sinusoidal, then an MLP) plus a projection of the condition vector.
 * Inputs: x (B, C, h, w), t (B) float32, c (B, D). Output: (B, C, h, w). With
 * {@link UNetConfig#plain} it has no embedding and takes x alone (a segmenter).
 *
 * <p>Per level: one residual block on the way down (its output is the skip connection), a strided
 * convolution to the next level; two blocks in the middle; on the way up one block over the
 * concatenated skip, then nearest upsampling and a convolution.
 */
public final class ConditionalUNet extends AbstractBlock {

    private final UNetConfig config;
    private final Linear time1;
    private final Linear time2;
    private final Linear condition;
    private final Conv2d stem;
    private final List<ResBlock> down = new ArrayList<>();
    private final List<Conv2d> downsample = new ArrayList<>();
    private final ResBlock middle1;
    private final ResBlock middle2;
    private final List<ResBlock> up = new ArrayList<>();
    private final List<Conv2d> upsample = new ArrayList<>();
    private final GroupNorm outNorm;
    private final Conv2d out;

    public ConditionalUNet(UNetConfig config) {
        this.config = config;
        int[] w = config.widths();
        int levels = w.length;
        boolean embedded = config.conditional();
        time1 = embedded ? addChildBlock("time1", Linear.builder().setUnits(config.embeddingSize()).build()) : null;
        time2 = embedded ? addChildBlock("time2", Linear.builder().setUnits(config.embeddingSize()).build()) : null;
        condition = embedded ? addChildBlock("condition", Linear.builder().setUnits(config.embeddingSize()).build()) : null;
        stem = addChildBlock("stem", Layers.conv3(w[0], 1));
        int previous = w[0];
        for (int i = 0; i < levels; i++) {
            down.add(addChildBlock("down" + i, new ResBlock(previous, w[i], config.groups(), embedded)));
            previous = w[i];
            if (i < levels - 1) {
                downsample.add(addChildBlock("downsample" + i, Layers.conv3(w[i], 2)));
            }
        }
        middle1 = addChildBlock("middle1", new ResBlock(w[levels - 1], w[levels - 1], config.groups(), embedded));
        middle2 = addChildBlock("middle2", new ResBlock(w[levels - 1], w[levels - 1], config.groups(), embedded));
        for (int i = levels - 1; i >= 0; i--) {
            up.add(addChildBlock("up" + i, new ResBlock(previous + w[i], w[i], config.groups(), embedded)));
            previous = w[i];
            if (i > 0) {
                upsample.add(addChildBlock("upsample" + i, Layers.conv3(w[i - 1], 1)));
                previous = w[i - 1];
            }
        }
        outNorm = addChildBlock("outNorm", new GroupNorm(w[0], config.groups()));
        out = addChildBlock("out", Layers.conv3(config.channels(), 1));
        // The last convolution starts at zero, so the untrained network predicts zero noise (loss 1)
        // instead of large random values; the usual start for diffusion UNets.
        out.setInitializer(Initializer.ZEROS, Parameter.Type.WEIGHT);
    }

    public UNetConfig config() {
        return config;
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDArray emb = config.conditional() ? embedding(ps, inputs.get(1), inputs.get(2), training) : null;
        NDArray h = Layers.apply(stem, ps, x, training);
        List<NDArray> skips = new ArrayList<>();
        for (int i = 0; i < down.size(); i++) {
            h = down.get(i).forward(ps, blockInput(h, emb), training).singletonOrThrow();
            skips.add(h);
            if (i < downsample.size()) {
                h = Layers.apply(downsample.get(i), ps, h, training);
            }
        }
        h = middle1.forward(ps, blockInput(h, emb), training).singletonOrThrow();
        h = middle2.forward(ps, blockInput(h, emb), training).singletonOrThrow();
        for (int j = 0; j < up.size(); j++) {
            NDArray skip = skips.get(skips.size() - 1 - j);
            h = up.get(j).forward(ps, blockInput(h.concat(skip, 1), emb), training).singletonOrThrow();
            if (j < upsample.size()) {
                h = Layers.apply(upsample.get(j), ps, Layers.upsample2(h), training);
            }
        }
        return new NDList(Layers.apply(out, ps, Layers.silu(Layers.apply(outNorm, ps, h, training)), training));
    }

    private static NDList blockInput(NDArray h, NDArray emb) {
        return emb == null ? new NDList(h) : new NDList(h, emb);
    }

    /** {@code mlp(sinusoid(t)) + proj(c)}: (B, E). */
    private NDArray embedding(ParameterStore ps, NDArray t, NDArray c, boolean training) {
        NDArray time = Layers.apply(time1, ps, TimeFeatures.sinusoidal(t, config.widths()[0]), training);
        time = Layers.apply(time2, ps, Layers.silu(time), training);
        return time.add(Layers.apply(condition, ps, c, training));
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        long batch = x.get(0);
        int[] w = config.widths();
        Shape emb = config.conditional() ? new Shape(batch, config.embeddingSize()) : null;
        if (config.conditional()) {
            time1.initialize(manager, dataType, new Shape(batch, w[0]));
            time2.initialize(manager, dataType, emb);
            condition.initialize(manager, dataType, inputShapes[2]);
        }
        stem.initialize(manager, dataType, x);
        Shape h = Layers.withChannels(x, w[0]);
        List<Shape> skips = new ArrayList<>();
        for (int i = 0; i < down.size(); i++) {
            down.get(i).initialize(manager, dataType, shapes(h, emb));
            h = down.get(i).getOutputShapes(shapes(h, emb))[0];
            skips.add(h);
            if (i < downsample.size()) {
                downsample.get(i).initialize(manager, dataType, h);
                h = Layers.scaled(h, w[i], 2);
            }
        }
        middle1.initialize(manager, dataType, shapes(h, emb));
        middle2.initialize(manager, dataType, shapes(h, emb));
        for (int j = 0; j < up.size(); j++) {
            Shape skip = skips.get(skips.size() - 1 - j);
            Shape joined = Layers.withChannels(h, h.get(1) + skip.get(1));
            up.get(j).initialize(manager, dataType, shapes(joined, emb));
            h = Layers.withChannels(h, skip.get(1));
            if (j < upsample.size()) {
                Shape upsampled = new Shape(h.get(0), h.get(1), h.get(2) * 2, h.get(3) * 2);
                upsample.get(j).initialize(manager, dataType, upsampled);
                h = upsample.get(j).getOutputShapes(new Shape[] {upsampled})[0];
            }
        }
        outNorm.initialize(manager, dataType, h);
        out.initialize(manager, dataType, h);
    }

    private static Shape[] shapes(Shape h, Shape emb) {
        return emb == null ? new Shape[] {h} : new Shape[] {h, emb};
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    /**
     * Floating-point operations of one forward row at a {@code height x width} latent, counted once from
     * the layers: 2 per multiply-add of every convolution (its weight's size times its output pixels) and
     * linear layer (its weight's size). Normalisations, activations, additions and upsampling (a few
     * operations per element, under 2% here) are left out. Needs initialised parameters.
     */
    public long flopsPerRow(long height, long width) {
        long macs = config.conditional() ? multiplyAdds(time1, 1) + multiplyAdds(time2, 1) + multiplyAdds(condition, 1) : 0;
        macs += multiplyAdds(stem, height * width);
        for (int i = 0; i < down.size(); i++) {
            macs += multiplyAdds(down.get(i), (height >> i) * (width >> i));
            if (i < downsample.size()) {
                macs += multiplyAdds(downsample.get(i), (height >> (i + 1)) * (width >> (i + 1)));
            }
        }
        int deepest = down.size() - 1;
        macs += 2 * multiplyAdds(middle1, (height >> deepest) * (width >> deepest));
        for (int j = 0; j < up.size(); j++) {
            int level = deepest - j;
            macs += multiplyAdds(up.get(j), (height >> level) * (width >> level));
            if (j < upsample.size()) {
                macs += multiplyAdds(upsample.get(j), (height >> (level - 1)) * (width >> (level - 1)));
            }
        }
        macs += multiplyAdds(out, height * width);
        return 2 * macs;
    }

    /** Multiply-adds of a block's convolutions (4-d weights, once per output pixel) and linear layers (2-d). */
    private static long multiplyAdds(ai.djl.nn.Block block, long outputPixels) {
        long macs = 0;
        for (ai.djl.util.Pair<String, Parameter> p : block.getParameters()) {
            Shape shape = p.getValue().getArray().getShape();
            if (shape.dimension() == 4) {
                macs += shape.size() * outputPixels;
            } else if (shape.dimension() == 2) {
                macs += shape.size();
            }
        }
        return macs;
    }
}
