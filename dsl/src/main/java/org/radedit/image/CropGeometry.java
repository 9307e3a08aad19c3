package org.radedit.image;

/**
 * How a source image became the model's input, and back: resize so that the shorter side is
 * {@code size} (the longer side to {@code floor(size * long / short)}), then cut the centred
 * {@code size x size} square (offset {@code floor((resized - size) / 2)} on the longer axis). This
 * is the paper's preprocessing (512 for the released model). Masks go through the same transform;
 * {@link #toOriginal} maps a model-space result back onto the source pixels.
 *
 * <p>Shrinking uses an area filter, growing bilinear interpolation ({@link Resampling}); an axis
 * that keeps its length is copied exactly, so the identity geometry changes no pixel.
 *
 * @param originalWidth  source width
 * @param originalHeight source height
 * @param resizedWidth   width after the resize, before the crop
 * @param resizedHeight  height after the resize, before the crop
 * @param cropX          first resized column kept
 * @param cropY          first resized row kept
 * @param width          model input width
 * @param height         model input height
 */
public record CropGeometry(int originalWidth, int originalHeight, int resizedWidth, int resizedHeight,
                           int cropX, int cropY, int width, int height) {

    public CropGeometry {
        if (originalWidth <= 0 || originalHeight <= 0 || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("geometry sizes must be positive");
        }
        if (cropX < 0 || cropY < 0 || cropX + width > resizedWidth || cropY + height > resizedHeight) {
            throw new IllegalArgumentException("crop " + width + "x" + height + " at (" + cropX + ", " + cropY
                    + ") does not fit the resized " + resizedWidth + "x" + resizedHeight);
        }
    }

    /** Nothing changes: the model sees the source as it is. */
    public static CropGeometry identity(int width, int height) {
        return new CropGeometry(width, height, width, height, 0, 0, width, height);
    }

    /** Shorter side to {@code size}, then the centred square. */
    public static CropGeometry shorterSideThenCenterCrop(int width, int height, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("model input size must be positive, got " + size);
        }
        int rw;
        int rh;
        if (width <= height) {
            rw = size;
            rh = (int) ((long) size * height / width);
        } else {
            rh = size;
            rw = (int) ((long) size * width / height);
        }
        return new CropGeometry(width, height, rw, rh, (rw - size) / 2, (rh - size) / 2, size, size);
    }

    public boolean isIdentity() {
        return originalWidth == width && originalHeight == height && resizedWidth == width && resizedHeight == height;
    }

    /** Horizontal scale from source to model pixels. */
    public double scaleX() {
        return (double) resizedWidth / originalWidth;
    }

    public double scaleY() {
        return (double) resizedHeight / originalHeight;
    }

    /** The model-space x of a source x (pixel edges: source edge x maps to {@code x * sx - cropX}). */
    public double toModelX(double x) {
        return x * scaleX() - cropX;
    }

    public double toModelY(double y) {
        return y * scaleY() - cropY;
    }

    public double toOriginalX(double x) {
        return (x + cropX) / scaleX();
    }

    public double toOriginalY(double y) {
        return (y + cropY) / scaleY();
    }

    /** The source image as the model sees it. */
    public Image apply(Image source) {
        requireOriginal(source.width(), source.height(), "image");
        return new Image(width, height, crop(resized(source.pixels(), originalWidth, originalHeight)));
    }

    /**
     * A source-resolution mask as the model sees it. A binary mask stays binary (a model pixel is
     * set when at least half of it was covered); a soft mask keeps the filtered values.
     */
    public Mask apply(Mask source) {
        requireOriginal(source.width(), source.height(), "mask");
        float[] out = crop(resized(source.values(), originalWidth, originalHeight));
        return new Mask(width, height, isBinary(source.values()) ? binary(out) : clamp01(out));
    }

    /**
     * Maps a model-space edit back onto the source pixels: the source plus the edit's change
     * ({@code edited - modelInput}) resized back to the source's resolution. Where the edit changed
     * nothing (a kept region, or outside the crop) the source pixels come back bit for bit.
     *
     * @param edited     the edit, at model size
     * @param modelInput what the model was given ({@link #apply} of the source)
     * @param source     the source image
     */
    public Image toOriginal(Image edited, Image modelInput, Image source) {
        requireModel(edited.width(), edited.height(), "edited image");
        requireModel(modelInput.width(), modelInput.height(), "model input");
        requireOriginal(source.width(), source.height(), "source image");
        float[] change = new float[edited.size()];
        for (int i = 0; i < change.length; i++) {
            change[i] = edited.pixels()[i] - modelInput.pixels()[i];
        }
        float[] back = backToOriginal(change);
        float[] out = source.pixels().clone();
        for (int i = 0; i < out.length; i++) {
            if (back[i] != 0f) {
                out[i] = Math.min(1f, Math.max(0f, out[i] + back[i]));
            }
        }
        return new Image(originalWidth, originalHeight, out);
    }

    /** A model-space mask at the source's resolution (zero outside the crop); binary stays binary. */
    public Mask toOriginal(Mask model) {
        requireModel(model.width(), model.height(), "mask");
        float[] back = backToOriginal(model.values());
        return new Mask(originalWidth, originalHeight, isBinary(model.values()) ? binary(back) : clamp01(back));
    }

    private float[] backToOriginal(float[] modelValues) {
        float[] uncropped = new float[resizedWidth * resizedHeight];
        for (int y = 0; y < height; y++) {
            System.arraycopy(modelValues, y * width, uncropped, (y + cropY) * resizedWidth + cropX, width);
        }
        return Resampling.resize(uncropped, resizedWidth, resizedHeight, originalWidth, originalHeight);
    }

    private float[] resized(float[] values, int w, int h) {
        return Resampling.resize(values, w, h, resizedWidth, resizedHeight);
    }

    private float[] crop(float[] resized) {
        if (cropX == 0 && cropY == 0 && width == resizedWidth && height == resizedHeight) {
            return resized;
        }
        float[] out = new float[width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(resized, (y + cropY) * resizedWidth + cropX, out, y * width, width);
        }
        return out;
    }

    private void requireOriginal(int w, int h, String what) {
        if (w != originalWidth || h != originalHeight) {
            throw new IllegalArgumentException(what + " is " + w + "x" + h + " but this geometry's source is "
                    + originalWidth + "x" + originalHeight);
        }
    }

    private void requireModel(int w, int h, String what) {
        if (w != width || h != height) {
            throw new IllegalArgumentException(what + " is " + w + "x" + h + " but this geometry's model input is "
                    + width + "x" + height);
        }
    }

    private static boolean isBinary(float[] v) {
        for (float x : v) {
            if (x != 0f && x != 1f) {
                return false;
            }
        }
        return true;
    }

    private static float[] binary(float[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] >= 0.5f ? 1f : 0f;
        }
        return out;
    }

    private static float[] clamp01(float[] v) {
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.min(1f, Math.max(0f, v[i]));
        }
        return v;
    }

    @Override
    public String toString() {
        return isIdentity() ? "CropGeometry[identity " + width + "x" + height + "]"
                : "CropGeometry[" + originalWidth + "x" + originalHeight + " -> " + resizedWidth + "x" + resizedHeight
                + " -> crop " + width + "x" + height + " at (" + cropX + ", " + cropY + ")]";
    }
}
