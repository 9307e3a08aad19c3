package org.radedit.image;

import java.util.Arrays;

/**
 * A binary or soft mask with values in [0, 1], the same layout as {@link Image}.
 *
 * <p>Masks say where an edit may change pixels (edit mask) and where it must not (keep mask).
 * Operations return new masks; a mask is never changed in place.
 */
public record Mask(int width, int height, float[] values) {

    public Mask {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("mask size must be positive, got " + width + "x" + height);
        }
        if (values.length != width * height) {
            throw new IllegalArgumentException("mask " + width + "x" + height + " needs " + width * height
                    + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            float v = values[i];
            if (!(v >= 0f && v <= 1f)) {
                throw new IllegalArgumentException("mask values must lie in [0, 1], got " + v
                        + " at (" + (i % width) + ", " + (i / width) + ")");
            }
        }
    }

    public static Mask empty(int width, int height) {
        return new Mask(width, height, new float[width * height]);
    }

    public static Mask full(int width, int height) {
        float[] v = new float[width * height];
        Arrays.fill(v, 1f);
        return new Mask(width, height, v);
    }

    public float get(int x, int y) {
        return values[y * width + x];
    }

    public boolean sameSize(int w, int h) {
        return width == w && height == h;
    }

    /** Throws a clear error unless this mask is {@code w x h}; {@code role} names the mask. */
    public Mask requireSize(int w, int h, String role) {
        if (!sameSize(w, h)) {
            throw new IllegalArgumentException(role + " is " + width + "x" + height
                    + " but the image is " + w + "x" + h + "; masks must match the image size");
        }
        return this;
    }

    /** True when no value is above zero. */
    public boolean isEmpty() {
        for (float v : values) {
            if (v > 0f) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mask other && width == other.width && height == other.height
                && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Mask[" + width + "x" + height + "]";
    }
}
