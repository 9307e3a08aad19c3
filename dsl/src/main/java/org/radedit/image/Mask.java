package org.radedit.image;

import java.util.Arrays;
import java.util.List;

/**
 * A binary or soft mask with values in [0, 1], the same layout as {@link Image}.
 *
 * <p>Masks say where an edit may change pixels (edit mask) and where it must not (keep mask).
 * Operations return new masks; a mask is never changed in place. Set operations work on soft
 * masks as fuzzy sets: union is the pixel-wise max, intersection the min, the complement
 * {@code 1 - v}. On binary masks (values 0 or 1) they are the usual set operations.
 * Operations on two masks require the same size and otherwise throw an
 * {@link IllegalArgumentException} naming both sizes.
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

    /** A binary mask that is 1 inside any of the boxes; parts of boxes outside the mask are clipped. */
    public static Mask fromBoxes(int width, int height, Box... boxes) {
        return fromBoxes(width, height, List.of(boxes));
    }

    /** A binary mask that is 1 inside any of the boxes; parts of boxes outside the mask are clipped. */
    public static Mask fromBoxes(int width, int height, List<Box> boxes) {
        return new Mask(width, height, MaskRaster.fillBoxes(width, height, boxes));
    }

    /**
     * A binary mask of a polygon with vertices {@code (xs[i], ys[i])} in pixel coordinates, where
     * pixel (x, y) spans {@code [x, x + 1) x [y, y + 1)}. A pixel is set when its center lies inside
     * the polygon by the even-odd rule, so an axis-aligned rectangle from (x0, y0) to (x1, y1) with
     * integer corners sets exactly {@code (x1 - x0) * (y1 - y0)} pixels.
     */
    public static Mask fromPolygon(int width, int height, double[] xs, double[] ys) {
        return new Mask(width, height, MaskRaster.fillPolygon(width, height, xs, ys));
    }

    /** A binary mask that is 1 where the image is at or above {@code threshold}. */
    public static Mask fromImage(Image image, float threshold) {
        return new Mask(image.width(), image.height(), thresholded(image.pixels(), threshold));
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

    /** Pixel-wise max: covered where either mask covers. */
    public Mask union(Mask other) {
        requireSameSize(other, "union");
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(values[i], other.values[i]);
        }
        return new Mask(width, height, out);
    }

    /** Pixel-wise min: covered where both masks cover. */
    public Mask intersect(Mask other) {
        requireSameSize(other, "intersect");
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.min(values[i], other.values[i]);
        }
        return new Mask(width, height, out);
    }

    /** This mask with {@code other} taken away: {@code min(a, 1 - b)}. */
    public Mask minus(Mask other) {
        requireSameSize(other, "minus");
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.min(values[i], 1f - other.values[i]);
        }
        return new Mask(width, height, out);
    }

    /** The complement: {@code 1 - v}. */
    public Mask invert() {
        float[] out = new float[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = 1f - values[i];
        }
        return new Mask(width, height, out);
    }

    /** A binary mask that is 1 where this mask is at or above {@code threshold}. */
    public Mask threshold(float threshold) {
        return new Mask(width, height, thresholded(values, threshold));
    }

    /**
     * Grows the mask by a disc of radius {@code radiusPx}: each pixel takes the max over the
     * pixels within Euclidean distance {@code radiusPx} (a max filter, so soft masks stay soft).
     * A single pixel grows to 5 pixels with radius 1 and to 13 with radius 2.
     */
    public Mask dilate(int radiusPx) {
        return new Mask(width, height, MaskFilters.discFilter(this, radiusPx, true));
    }

    /**
     * Shrinks the mask by a disc of radius {@code radiusPx}: each pixel takes the min over the
     * pixels within Euclidean distance {@code radiusPx} that lie inside the mask bounds, so the
     * border does not erode a full mask. It is the dual of {@link #dilate}:
     * {@code m.erode(r) == m.invert().dilate(r).invert()}.
     */
    public Mask erode(int radiusPx) {
        return new Mask(width, height, MaskFilters.discFilter(this, radiusPx, false));
    }

    /**
     * Resizes by nearest neighbour: output pixel (x, y) takes the input pixel under its center.
     * Binary masks stay binary; this suits masks, not images.
     */
    public Mask resize(int newWidth, int newHeight) {
        return new Mask(newWidth, newHeight, MaskFilters.resizeNearest(this, newWidth, newHeight));
    }

    /**
     * Shrinks by {@code factor} to latent resolution; each {@code factor x factor} cell takes the
     * MAX of its values, so any overlap counts. Use it for edit masks: no edited pixel is lost.
     */
    public Mask downsampleAny(int factor) {
        return MaskFilters.downsample(this, factor, true);
    }

    /**
     * Shrinks by {@code factor} to latent resolution; each {@code factor x factor} cell takes the
     * MIN of its values, so only fully covered cells count. Use it for keep masks: no latent cell
     * that touches an edited pixel is kept.
     */
    public Mask downsampleAll(int factor) {
        return MaskFilters.downsample(this, factor, false);
    }

    /**
     * The lowest {@code fraction} of the mask's height: the covered pixels from row
     * {@code top + (1 - fraction) * (bottom - top + 1)} down, where top and bottom are the first and
     * last rows with a value above 0.5 (e.g. the lungs' lower zones, {@code lungs.lowerPart(0.5)}).
     */
    public Mask lowerPart(double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("the lower part is a fraction of the mask's height in (0, 1], got "
                    + fraction);
        }
        int top = -1;
        int bottom = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (values[y * width + x] > 0.5f) {
                    top = top < 0 ? y : top;
                    bottom = y;
                    break;
                }
            }
        }
        float[] out = new float[values.length];
        if (top >= 0) {
            int from = top + (int) Math.floor((1 - fraction) * (bottom - top + 1));
            System.arraycopy(values, from * width, out, from * width, (height - from) * width);
        }
        return new Mask(width, height, out);
    }

    /** Sum of the values: the number of covered pixels for a binary mask. */
    public double area() {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }

    /** {@link #area()} divided by the number of pixels, in [0, 1]. */
    public double fraction() {
        return area() / values.length;
    }

    /**
     * Dice overlap {@code 2|A ∩ B| / (|A| + |B|)} in [0, 1]; for soft masks the intersection is
     * the sum of pixel-wise products. Two empty masks agree perfectly: their dice is 1.
     */
    public double dice(Mask other) {
        requireSameSize(other, "dice");
        double both = 0;
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            both += (double) values[i] * other.values[i];
            sum += (double) values[i] + other.values[i];
        }
        return sum == 0 ? 1.0 : 2 * both / sum;
    }

    private void requireSameSize(Mask other, String operation) {
        if (!sameSize(other.width, other.height)) {
            throw new IllegalArgumentException(operation + " needs masks of the same size, got "
                    + width + "x" + height + " and " + other.width + "x" + other.height);
        }
    }

    private static float[] thresholded(float[] source, float threshold) {
        if (!Float.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a finite number, got " + threshold);
        }
        float[] out = new float[source.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = source[i] >= threshold ? 1f : 0f;
        }
        return out;
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
