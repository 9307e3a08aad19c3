package org.radedit.image;

import java.util.Arrays;

/**
 * A single-channel image with intensities in [0, 1], stored row-major.
 *
 * <p>This is the one image value of the project: files are read into it, the models see it
 * through {@link #toModelRange}, and edits produce it. Pixel (x, y) is {@code pixels[y * width + x]}.
 */
public record Image(int width, int height, float[] pixels) {

    public Image {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
        if (pixels.length != width * height) {
            throw new IllegalArgumentException("image " + width + "x" + height + " needs " + width * height
                    + " pixels, got " + pixels.length);
        }
        for (int i = 0; i < pixels.length; i++) {
            if (!Float.isFinite(pixels[i])) {
                throw new IllegalArgumentException("image " + width + "x" + height + " has a non-finite pixel " + pixels[i]
                        + " at (" + (i % width) + ", " + (i / width) + "); pixels must be numbers, in [0, 1]");
            }
        }
    }

    public static Image filled(int width, int height, float value) {
        float[] p = new float[width * height];
        Arrays.fill(p, value);
        return new Image(width, height, p);
    }

    /** The mask as an image: covered pixels white (1), others black (0). */
    public static Image fromMask(Mask mask) {
        return new Image(mask.width(), mask.height(), mask.values().clone());
    }

    public float get(int x, int y) {
        return pixels[y * width + x];
    }

    public int size() {
        return width * height;
    }

    public boolean sameSize(int w, int h) {
        return width == w && height == h;
    }

    /** Models work in [-1, 1]: {@code 2 * p - 1}. The inverse is {@link #fromModelRange}. */
    public float[] toModelRange() {
        float[] out = new float[pixels.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = 2f * pixels[i] - 1f;
        }
        return out;
    }

    /** Maps model values in [-1, 1] back to [0, 1], clamping what falls outside. */
    public static Image fromModelRange(int width, int height, float[] values) {
        float[] p = new float[values.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.min(1f, Math.max(0f, (values[i] + 1f) * 0.5f));
        }
        return new Image(width, height, p);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Image other && width == other.width && height == other.height
                && Arrays.equals(pixels, other.pixels);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(pixels);
    }

    @Override
    public String toString() {
        return "Image[" + width + "x" + height + "]";
    }
}
