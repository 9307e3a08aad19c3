package org.radedit.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;

/** Small pieces the networks share. */
final class Layers {

    private Layers() {
    }

    /**
     * SiLU as {@code x * sigmoid(x)}, with tensor operands only: DJL's {@code swish(x, beta)} multiplies by a
     * Java number, whose temporary buffer can be freed before backward (shared/STACK.md).
     */
    static NDArray silu(NDArray x) {
        return x.mul(Activation.sigmoid(x));
    }

    /** A 3x3 convolution keeping the size (stride 1) or halving it (stride 2). */
    static Conv2d conv3(int filters, int stride) {
        return Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                .optStride(new Shape(stride, stride)).setFilters(filters).build();
    }

    static Conv2d conv1(int filters) {
        return Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(filters).build();
    }

    /** Nearest-neighbour 2x upsampling (the PyTorch engine has no transposed convolution). */
    static NDArray upsample2(NDArray x) {
        return x.repeat(2, 2).repeat(3, 2);
    }

    static NDArray apply(Block block, ParameterStore ps, NDArray x, boolean training) {
        return block.forward(ps, new NDList(x), training).singletonOrThrow();
    }

    /** (B, C, H, W) with C replaced. */
    static Shape withChannels(Shape s, long channels) {
        return new Shape(s.get(0), channels, s.get(2), s.get(3));
    }

    /** (B, C, H, W) with C replaced and the spatial size divided by {@code factor}. */
    static Shape scaled(Shape s, long channels, int factor) {
        return new Shape(s.get(0), channels, s.get(2) / factor, s.get(3) / factor);
    }
}
