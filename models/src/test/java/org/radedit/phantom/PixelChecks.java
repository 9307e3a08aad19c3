package org.radedit.phantom;

import org.radedit.image.Image;
import org.radedit.image.Mask;

/** Small pixel helpers shared by the phantom tests. */
final class PixelChecks {
    private PixelChecks() {
    }

    /** Binary map of the pixels whose values differ bit for bit. */
    static boolean[] differing(Image a, Image b) {
        boolean[] d = new boolean[a.size()];
        for (int k = 0; k < d.length; k++) {
            d[k] = Float.floatToRawIntBits(a.pixels()[k]) != Float.floatToRawIntBits(b.pixels()[k]);
        }
        return d;
    }

    /** The mask grown by r pixels along x and y (a square neighbourhood, as a separable blur spreads). */
    static boolean[] dilateSquare(Mask m, int r) {
        int w = m.width();
        int h = m.height();
        boolean[] out = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (m.get(x, y) <= 0) {
                    continue;
                }
                for (int yy = Math.max(0, y - r); yy <= Math.min(h - 1, y + r); yy++) {
                    for (int xx = Math.max(0, x - r); xx <= Math.min(w - 1, x + r); xx++) {
                        out[yy * w + xx] = true;
                    }
                }
            }
        }
        return out;
    }

    static int count(boolean[] b) {
        int n = 0;
        for (boolean v : b) {
            n += v ? 1 : 0;
        }
        return n;
    }

    static int count(Mask m) {
        int n = 0;
        for (float v : m.values()) {
            n += v > 0 ? 1 : 0;
        }
        return n;
    }

    /** Mean of (a - b) over the mask's pixels. */
    static double meanDifference(Image a, Image b, Mask m) {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < a.size(); k++) {
            if (m.values()[k] > 0) {
                sum += a.pixels()[k] - b.pixels()[k];
                n++;
            }
        }
        return sum / n;
    }
}
