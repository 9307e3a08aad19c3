package org.radedit.image;

import java.util.Arrays;
import java.util.List;

/** Turns shapes (boxes, polygons) into binary mask values; see {@link Mask#fromBoxes}, {@link Mask#fromPolygon}. */
final class MaskRaster {

    private MaskRaster() {
    }

    static float[] fillBoxes(int width, int height, List<Box> boxes) {
        float[] out = newValues(width, height);
        for (Box box : boxes) {
            int x0 = Math.max(0, box.x());
            int x1 = (int) Math.min(width, (long) box.x() + box.width());
            int y0 = Math.max(0, box.y());
            int y1 = (int) Math.min(height, (long) box.y() + box.height());
            for (int y = y0; y < y1 && x0 < x1; y++) {
                Arrays.fill(out, y * width + x0, y * width + x1, 1f);
            }
        }
        return out;
    }

    /** Even-odd scanline fill sampled at pixel centers (x + ½, y + ½). */
    static float[] fillPolygon(int width, int height, double[] xs, double[] ys) {
        if (xs.length != ys.length) {
            throw new IllegalArgumentException("polygon needs as many x as y coordinates, got "
                    + xs.length + " and " + ys.length);
        }
        if (xs.length < 3) {
            throw new IllegalArgumentException("polygon needs at least 3 vertices, got " + xs.length);
        }
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                throw new IllegalArgumentException("polygon vertex " + i + " is not finite: ("
                        + xs[i] + ", " + ys[i] + ")");
            }
        }
        float[] out = newValues(width, height);
        int n = xs.length;
        double[] crossings = new double[n];
        for (int y = 0; y < height; y++) {
            double cy = y + 0.5;
            int count = 0;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                // Half-open in y, so a vertex on the scanline is counted once.
                if ((ys[i] <= cy) != (ys[j] <= cy)) {
                    crossings[count++] = xs[i] + (cy - ys[i]) * (xs[j] - xs[i]) / (ys[j] - ys[i]);
                }
            }
            Arrays.sort(crossings, 0, count);
            for (int k = 0; k + 1 < count; k += 2) {
                // Pixel centers x + ½ in [left, right).
                int from = (int) Math.max(0, Math.ceil(crossings[k] - 0.5));
                int to = (int) Math.min(width, Math.ceil(crossings[k + 1] - 0.5));
                if (from < to) {
                    Arrays.fill(out, y * width + from, y * width + to, 1f);
                }
            }
        }
        return out;
    }

    private static float[] newValues(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("mask size must be positive, got " + width + "x" + height);
        }
        return new float[width * height];
    }
}
