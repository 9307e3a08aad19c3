package org.radedit.image;

/** The neighbourhood arithmetic behind {@link Mask}: disc max/min filters, resizing, downsampling. */
final class MaskFilters {

    private MaskFilters() {
    }

    /**
     * Max ({@code takeMax}) or min filter over a disc of the given radius; only neighbours inside
     * the mask bounds take part. Runs in O(pixels * radius): the disc is a stack of horizontal
     * runs, and a run of half-width h is the max/min of runs of half-width h - 1 at x - 1, x, x + 1.
     */
    static float[] discFilter(Mask mask, int radius, boolean takeMax) {
        if (radius < 0) {
            throw new IllegalArgumentException("radius must not be negative, got " + radius);
        }
        int w = mask.width();
        int h = mask.height();
        float[][] runs = new float[radius + 1][];
        runs[0] = mask.values().clone();
        for (int half = 1; half <= radius; half++) {
            float[] prev = runs[half - 1];
            float[] run = prev.clone();
            for (int y = 0; y < h; y++) {
                int row = y * w;
                for (int x = 0; x < w; x++) {
                    float v = run[row + x];
                    if (x > 0) {
                        v = pick(v, prev[row + x - 1], takeMax);
                    }
                    if (x < w - 1) {
                        v = pick(v, prev[row + x + 1], takeMax);
                    }
                    run[row + x] = v;
                }
            }
            runs[half] = run;
        }
        float[] out = runs[0].clone();
        for (int dy = -radius; dy <= radius; dy++) {
            float[] run = runs[(int) Math.floor(Math.sqrt((double) radius * radius - (double) dy * dy))];
            for (int y = Math.max(0, -dy); y < Math.min(h, h - dy); y++) {
                int row = y * w;
                int from = (y + dy) * w;
                for (int x = 0; x < w; x++) {
                    out[row + x] = pick(out[row + x], run[from + x], takeMax);
                }
            }
        }
        return out;
    }

    private static float pick(float a, float b, boolean takeMax) {
        return takeMax ? Math.max(a, b) : Math.min(a, b);
    }

    /** Nearest neighbour: output (x, y) takes input (⌊(x + ½)·W/w⌋, ⌊(y + ½)·H/h⌋). */
    static float[] resizeNearest(Mask mask, int newWidth, int newHeight) {
        if (newWidth <= 0 || newHeight <= 0) {
            throw new IllegalArgumentException("cannot resize mask " + mask.width() + "x" + mask.height()
                    + " to " + newWidth + "x" + newHeight + ": size must be positive");
        }
        float[] out = new float[newWidth * newHeight];
        for (int y = 0; y < newHeight; y++) {
            int sy = (int) ((2L * y + 1) * mask.height() / (2L * newHeight));
            for (int x = 0; x < newWidth; x++) {
                int sx = (int) ((2L * x + 1) * mask.width() / (2L * newWidth));
                out[y * newWidth + x] = mask.get(sx, sy);
            }
        }
        return out;
    }

    /** Each {@code factor x factor} cell becomes one value: the cell's max or min. */
    static Mask downsample(Mask mask, int factor, boolean takeMax) {
        int w = mask.width();
        int h = mask.height();
        if (factor < 1) {
            throw new IllegalArgumentException("downsampling factor must be at least 1, got " + factor);
        }
        if (w % factor != 0 || h % factor != 0) {
            throw new IllegalArgumentException("cannot downsample mask " + w + "x" + h + " by " + factor
                    + ": width and height must be divisible by " + factor);
        }
        int cw = w / factor;
        int ch = h / factor;
        float[] out = new float[cw * ch];
        for (int cy = 0; cy < ch; cy++) {
            for (int cx = 0; cx < cw; cx++) {
                float v = mask.get(cx * factor, cy * factor);
                for (int dy = 0; dy < factor; dy++) {
                    for (int dx = 0; dx < factor; dx++) {
                        v = pick(v, mask.get(cx * factor + dx, cy * factor + dy), takeMax);
                    }
                }
                out[cy * cw + cx] = v;
            }
        }
        return new Mask(cw, ch, out);
    }
}
