package org.radedit.image;

/**
 * An axis-aligned rectangle in pixels: it covers columns {@code x .. x + width - 1} and rows
 * {@code y .. y + height - 1}. A box may reach past the image; {@link Mask#fromBoxes} clips it.
 */
public record Box(int x, int y, int width, int height) {

    public Box {
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("box size must not be negative, got " + width + "x" + height);
        }
    }

    /** Number of pixels the box covers, before any clipping. */
    public long area() {
        return (long) width * height;
    }
}
