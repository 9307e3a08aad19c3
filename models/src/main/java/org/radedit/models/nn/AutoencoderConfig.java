package org.radedit.models.nn;

/**
 * The shape of a {@link ConvEncoder} / {@link ConvDecoder} pair.
 *
 * @param latentChannels channels of the latent
 * @param widths         feature channels per level, finest first; the latent is
 *                       {@code 2^(widths.length - 1)} times smaller than the image
 * @param groups         GroupNorm groups
 */
public record AutoencoderConfig(int latentChannels, int[] widths, int groups) {

    public AutoencoderConfig {
        widths = widths.clone();
    }

    /** The phantom world's autoencoder: 128x128 images to 4x32x32 latents. */
    public static AutoencoderConfig phantom() {
        return new AutoencoderConfig(4, new int[] {16, 32, 64}, 8);
    }

    public int downsampleFactor() {
        return 1 << (widths.length - 1);
    }
}
