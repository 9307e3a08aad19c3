package org.radedit.bundle;

/**
 * The images a module takes: the shorter side resized to {@code resize}, the centred
 * {@code size x size} square cut out (BioViL-T: 512 then 448; most modules: resize = size), 1 or 3
 * channels, values in a range. Grey images reach a 3-channel module replicated into every
 * channel; a 3-channel image a module gives back becomes grey as the mean of its three channels.
 */
public record ImageSpec(int size, int resize, int channels, PixelRange range) {

    public ImageSpec {
        if (size <= 0 || resize < size) {
            throw new BundleException("image size must be positive and resize at least the size, got size " + size
                    + ", resize " + resize);
        }
        if (channels != 1 && channels != 3) {
            throw new BundleException("image channels must be 1 or 3, got " + channels);
        }
    }

    /** No crop: the image is resized to {@code size x size} when it is square. */
    public ImageSpec(int size, int channels, PixelRange range) {
        this(size, size, channels, range);
    }
}
