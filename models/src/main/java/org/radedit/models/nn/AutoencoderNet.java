package org.radedit.models.nn;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Encoder and decoder as one block for training: the output is {@code (decode(encode(x)), encode(x))},
 * the reconstruction and the latent (the loss looks at both).
 */
public final class AutoencoderNet extends AbstractBlock {

    private final AutoencoderConfig config;
    private final ConvEncoder encoder;
    private final ConvDecoder decoder;

    public AutoencoderNet(AutoencoderConfig config) {
        this.config = config;
        encoder = addChildBlock("encoder", new ConvEncoder(config));
        decoder = addChildBlock("decoder", new ConvDecoder(config));
    }

    public ConvEncoder encoder() {
        return encoder;
    }

    public ConvDecoder decoder() {
        return decoder;
    }

    public AutoencoderConfig config() {
        return config;
    }

    /** The engine's view of this network. */
    public BlockAutoencoder asAutoencoder() {
        return new BlockAutoencoder(encoder, decoder, config);
    }

    @Override
    protected NDList forwardInternal(ParameterStore ps, NDList inputs, boolean training, PairList<String, Object> params) {
        NDList latent = encoder.forward(ps, inputs, training);
        NDList reconstruction = decoder.forward(ps, latent, training);
        return new NDList(reconstruction.singletonOrThrow(), latent.singletonOrThrow());
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        encoder.initialize(manager, dataType, inputShapes);
        decoder.initialize(manager, dataType, encoder.getOutputShapes(inputShapes));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0], encoder.getOutputShapes(inputShapes)[0]};
    }
}
