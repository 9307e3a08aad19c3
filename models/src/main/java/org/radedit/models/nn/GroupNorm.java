package org.radedit.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Group normalisation (Wu and He, 2018), which DJL lacks: channels in {@code groups} groups, each
 * normalised to zero mean and unit variance over its channels and pixels, then a per-channel
 * scale and shift.
 */
public final class GroupNorm extends AbstractBlock {

    private static final float EPSILON = 1e-5f;
    private final int channels;
    private final int groups;
    private final Parameter gamma;
    private final Parameter beta;

    public GroupNorm(int channels, int groups) {
        if (channels % groups != 0) {
            throw new IllegalArgumentException(channels + " channels cannot form " + groups + " equal groups");
        }
        this.channels = channels;
        this.groups = groups;
        gamma = addParameter(Parameter.builder().setName("gamma").setType(Parameter.Type.GAMMA)
                .optShape(new Shape(channels)).build());
        beta = addParameter(Parameter.builder().setName("beta").setType(Parameter.Type.BETA)
                .optShape(new Shape(channels)).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        NDArray scale = ps.getValue(gamma, x.getDevice(), training).reshape(1, channels, 1, 1);
        NDArray shift = ps.getValue(beta, x.getDevice(), training).reshape(1, channels, 1, 1);
        return new NDList(normalise(x, groups).mul(scale).add(shift));
    }

    /**
     * Each group of {@code x} (B, C, H, W) to zero mean and unit (biased) variance over its channels and
     * pixels: {@code (x - mean) / sqrt(var + 1e-5)}. One call to libtorch's fused layer norm over the
     * group's values (DJL has no group norm): the same figure as the written-out formula (NetworksTest)
     * to float rounding, in a single pass instead of nine full-size
     * operations, which took half the quick demo's time (a profile, docs/performance.md).
     */
    static NDArray normalise(NDArray x, int groups) {
        Shape shape = x.getShape();
        NDArray grouped = x.reshape(shape.get(0), groups, -1);
        Shape perGroup = new Shape(grouped.getShape().get(2));
        NDManager manager = x.getManager();
        try (NDArray ones = manager.ones(perGroup, x.getDataType()); NDArray zeros = manager.zeros(perGroup, x.getDataType())) {
            return grouped.getNDArrayInternal().layerNorm(grouped, perGroup, ones, zeros, EPSILON).singletonOrThrow()
                    .reshape(shape);
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
