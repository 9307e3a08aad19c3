package org.radedit.models.nn;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;

/** Builds and initialises the project's networks. */
public final class Networks {

    private Networks() {
    }

    /** A UNet with random weights (seeded), ready for {@code latentSize x latentSize} latents. */
    public static ConditionalUNet randomUNet(UNetConfig config, int latentSize, NDManager manager, long seed) {
        ConditionalUNet unet = new ConditionalUNet(config);
        Engine.getInstance().setRandomSeed((int) seed);
        unet.initialize(manager, DataType.FLOAT32, new Shape(1, config.channels(), latentSize, latentSize),
                new Shape(1), new Shape(1, config.conditionSize()));
        return unet;
    }

    public static ConvEncoder randomEncoder(AutoencoderConfig config, int imageSize, NDManager manager, long seed) {
        ConvEncoder encoder = new ConvEncoder(config);
        Engine.getInstance().setRandomSeed((int) seed);
        encoder.initialize(manager, DataType.FLOAT32, new Shape(1, 1, imageSize, imageSize));
        return encoder;
    }

    public static ConvDecoder randomDecoder(AutoencoderConfig config, int imageSize, NDManager manager, long seed) {
        ConvDecoder decoder = new ConvDecoder(config);
        Engine.getInstance().setRandomSeed((int) seed);
        int latent = imageSize / config.downsampleFactor();
        decoder.initialize(manager, DataType.FLOAT32, new Shape(1, config.latentChannels(), latent, latent));
        return decoder;
    }

    /** The number of trainable values in a block. */
    public static long parameterCount(Block block) {
        long count = 0;
        for (Parameter p : block.getParameters().values()) {
            count += p.getArray().getShape().size();
        }
        return count;
    }

}
