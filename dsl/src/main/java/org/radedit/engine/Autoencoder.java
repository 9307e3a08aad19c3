package org.radedit.engine;

import ai.djl.ndarray.NDArray;

/** The VAE role: images in model range [-1, 1], (B, 1, H, W), to latents (B, C, H/f, W/f) and back. */
public interface Autoencoder {

    NDArray encode(NDArray images);

    NDArray decode(NDArray latents);

    /**
     * Whether an edit's encoding draws from the latent distribution instead of taking its mean (as
     * the released RadEdit pipeline does). Then the engine calls {@link #encode(NDArray, NDArray)}.
     */
    default boolean samplesLatent() {
        return false;
    }

    /**
     * Encodes with a draw from the latent distribution: {@code standardNormal} is (B, C, H/f, W/f).
     * The default ignores it and returns {@link #encode(NDArray)}.
     */
    default NDArray encode(NDArray images, NDArray standardNormal) {
        return encode(images);
    }

    /** The spatial factor f between image and latent. */
    int downsampleFactor();

    int latentChannels();

    /** Pixel-space diffusion: the latent is the image itself. */
    static Autoencoder identity() {
        return new Autoencoder() {
            @Override
            public NDArray encode(NDArray images) {
                return images.duplicate();
            }

            @Override
            public NDArray decode(NDArray latents) {
                return latents.duplicate();
            }

            @Override
            public int downsampleFactor() {
                return 1;
            }

            @Override
            public int latentChannels() {
                return 1;
            }

            @Override
            public String toString() {
                return "IdentityAutoencoder";
            }
        };
    }
}
