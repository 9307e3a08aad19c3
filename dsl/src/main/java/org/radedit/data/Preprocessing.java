package org.radedit.data;

import org.radedit.image.CropGeometry;

/**
 * How a record's image reaches the model: as it is ({@link #none()}), or the paper's resize of the
 * shorter side to {@code size} followed by a centred {@code size x size} crop
 * ({@link #resizeAndCrop}; 512 for the released RadEdit model, 128 for the phantom models).
 *
 * @param size the model's input size, or 0 for none
 */
public record Preprocessing(int size) {

    private static final Preprocessing NONE = new Preprocessing(0);

    public Preprocessing {
        if (size < 0) {
            throw new IllegalArgumentException("model input size must be positive (or 0 for none), got " + size);
        }
    }

    public static Preprocessing none() {
        return NONE;
    }

    public static Preprocessing resizeAndCrop(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("model input size must be positive, got " + size);
        }
        return new Preprocessing(size);
    }

    public boolean isNone() {
        return size == 0;
    }

    /** The geometry for a source of this size. */
    public CropGeometry geometryFor(int width, int height) {
        return isNone() || (width == size && height == size) ? CropGeometry.identity(width, height)
                : CropGeometry.shorterSideThenCenterCrop(width, height, size);
    }

    @Override
    public String toString() {
        return isNone() ? "as read" : "shorter side to " + size + ", centre crop " + size + "x" + size;
    }
}
