package org.radedit.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
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
        Shape shape = x.getShape();
        NDArray grouped = x.reshape(shape.get(0), groups, -1);
        NDArray centered = grouped.sub(grouped.mean(new int[] {2}, true));
        NDArray variance = centered.square().mean(new int[] {2}, true);
        NDArray epsilon = x.getManager().full(new Shape(1), EPSILON);
        NDArray normalised = centered.div(variance.add(epsilon).sqrt()).reshape(shape);
        NDArray scale = ps.getValue(gamma, x.getDevice(), training).reshape(1, channels, 1, 1);
        NDArray shift = ps.getValue(beta, x.getDevice(), training).reshape(1, channels, 1, 1);
        return new NDList(normalised.mul(scale).add(shift));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
