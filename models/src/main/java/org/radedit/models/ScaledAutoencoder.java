package org.radedit.models;

import ai.djl.ndarray.NDArray;
import org.radedit.engine.Autoencoder;

/**
 * An autoencoder whose latents are multiplied by {@code scale} (1 / their standard deviation over
 * training images), so the diffusion model works on unit-variance latents, as Stable Diffusion's
 * 0.18215 does for its VAE.
 */
public final class ScaledAutoencoder implements Autoencoder {

    private final Autoencoder inner;
    private final float scale;

    public ScaledAutoencoder(Autoencoder inner, float scale) {
        this.inner = inner;
        this.scale = scale;
    }

    public float scale() {
        return scale;
    }

    @Override
    public NDArray encode(NDArray images) {
        return inner.encode(images).mul(scale);
    }

    @Override
    public NDArray decode(NDArray latents) {
        return inner.decode(latents.div(scale));
    }

    @Override
    public int downsampleFactor() {
        return inner.downsampleFactor();
    }

    @Override
    public int latentChannels() {
        return inner.latentChannels();
    }
}
