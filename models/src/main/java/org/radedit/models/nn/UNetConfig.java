package org.radedit.models.nn;

/**
 * The shape of a {@link ConditionalUNet}.
 *
 * @param channels      channels in and out
 * @param widths        feature channels per resolution level, finest first (each level halves the size)
 * @param embeddingSize size of the time + condition embedding; 0 for a plain UNet that takes only x
 *                      (e.g. a segmenter)
 * @param conditionSize size of the condition vector (the text encoder's output)
 * @param groups        GroupNorm groups (must divide every width)
 */
public record UNetConfig(int channels, int[] widths, int embeddingSize, int conditionSize, int groups) {

    public UNetConfig {
        if (widths.length < 1) {
            throw new IllegalArgumentException("a UNet needs at least one level");
        }
        for (int w : widths) {
            if (w % groups != 0) {
                throw new IllegalArgumentException("width " + w + " is not divisible by " + groups + " groups");
            }
        }
        widths = widths.clone();
    }

    /** The phantom world's latent UNet: 4 latent channels, three levels, about 2.2 M parameters. */
    public static UNetConfig phantomLatent() {
        return new UNetConfig(4, new int[] {64, 128, 128}, 256, 128, 16);
    }

    /** A plain UNet (no time, no condition), e.g. for segmentation. */
    public static UNetConfig plain(int channels, int[] widths, int groups) {
        return new UNetConfig(channels, widths, 0, 0, groups);
    }

    public boolean conditional() {
        return embeddingSize > 0;
    }

    /** The spatial size must be divisible by this. */
    public int sizeMultiple() {
        return 1 << (widths.length - 1);
    }
}
