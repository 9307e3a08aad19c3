package org.radedit.models.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.radedit.engine.Autoencoder;

/**
 * An encoder block and a decoder block seen as the engine's autoencoder (inference only). Each pass
 * frees its own intermediates before returning.
 */
public final class BlockAutoencoder implements Autoencoder {

    private final Block encoder;
    private final Block decoder;
    private final AutoencoderConfig config;

    public BlockAutoencoder(Block encoder, Block decoder, AutoencoderConfig config) {
        this.encoder = encoder;
        this.decoder = decoder;
        this.config = config;
    }

    @Override
    public NDArray encode(NDArray images) {
        return run(encoder, images);
    }

    @Override
    public NDArray decode(NDArray latents) {
        return run(decoder, latents);
    }

    @Override
    public int downsampleFactor() {
        return config.downsampleFactor();
    }

    @Override
    public int latentChannels() {
        return config.latentChannels();
    }

    private static NDArray run(Block block, NDArray input) {
        try (NDScope scope = new NDScope()) {
            NDArray output = Layers.apply(block, new ParameterStore(input.getManager(), false), input, false);
            NDScope.unregister(output);
            return output;
        }
    }
}
