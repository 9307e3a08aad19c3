package org.radedit.bundle;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import org.radedit.engine.Autoencoder;
import org.radedit.engine.DiffusionMath;

/**
 * A bundle's VAE as the engine's autoencoder. Encoding: grey (B, 1, H, W) in [-1, 1] to the module's
 * channels and range, the module's moments or mean, a draw from the distribution when the manifest
 * samples (the released pipeline does), times the latent scale (SDXL VAE: 0.13025). Decoding divides
 * by the scale, runs the decoder and takes the channel mean. Always float32: the SDXL VAE gives
 * black images in float16 (REAL-PATH.md §1).
 */
final class BundleAutoencoder implements Autoencoder {

    private final TorchScriptModule encoder;
    private final TorchScriptModule decoder;
    private final BundleManifest.Vae vae;
    private final BundleManifest.Latent latent;

    BundleAutoencoder(TorchScriptModule encoder, TorchScriptModule decoder, BundleManifest.Vae vae,
                      BundleManifest.Latent latent) {
        this.encoder = encoder;
        this.decoder = decoder;
        this.vae = vae;
        this.latent = latent;
    }

    @Override
    public NDArray encode(NDArray images) {
        NDArray out = encodeRaw(images);
        return (vae.moments() ? DiffusionMath.latentMean(out, latent.channels()) : out).mul((float) latent.scale());
    }

    @Override
    public boolean samplesLatent() {
        return vae.sample();
    }

    @Override
    public NDArray encode(NDArray images, NDArray standardNormal) {
        if (!vae.sample()) {
            return encode(images);
        }
        NDArray sample = DiffusionMath.latentSample(encodeRaw(images), latent.channels(), standardNormal);
        return sample.mul((float) latent.scale());
    }

    @Override
    public NDArray decode(NDArray latents) {
        NDArray decoded = decoder.forwardSingle(latents.div((float) latent.scale()).toType(DataType.FLOAT32, false));
        return ModelImages.toEngine(decoded, vae.image());
    }

    private NDArray encodeRaw(NDArray images) {
        return encoder.forwardSingle(ModelImages.fromEngine(images, vae.image()));
    }

    @Override
    public int downsampleFactor() {
        return latent.downsample();
    }

    @Override
    public int latentChannels() {
        return latent.channels();
    }

    @Override
    public String toString() {
        return "bundle VAE (" + encoder.spec().file() + ", " + decoder.spec().file() + ", scale " + latent.scale()
                + (vae.sample() ? ", sampled latents" : ", mean latents") + ")";
    }
}
