package org.radedit.models.bench;

import org.radedit.image.Image;

/** Simple built-in images for benchmarks and the engine demo (the phantom world makes real-looking ones). */
public final class SyntheticImages {

    private SyntheticImages() {
    }

    /** Two dark lung fields in a bright body with a bright heart, quantised to 8 bits. */
    public static Image chestLike(int size, int variant) {
        float[] p = new float[size * size];
        double shift = 0.03 * (variant % 5);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                double u = (double) x / size - 0.5 - shift;
                double v = (double) y / size - 0.5;
                double body = Math.hypot(u / 0.45, v / 0.55) < 1 ? 0.75 : 0.1;
                boolean lung = Math.hypot((Math.abs(u) - 0.2) / 0.14, (v + 0.02) / 0.33) < 1;
                boolean heart = Math.hypot((u - 0.06) / 0.13, (v - 0.12) / 0.12) < 1;
                double value = lung && !heart ? 0.3 + 0.15 * (v + 0.5) : body;
                p[y * size + x] = Math.round(value * 255) / 255f;
            }
        }
        return new Image(size, size, p);
    }
}
