package org.radedit.phantom;

/** Smooth lattice noise in [0, 1] for the patchy texture of opacities; pure function of seed and position. */
final class ValueNoise {
    private ValueNoise() {
    }

    /** Noise at (x, y) in lattice units (one lattice cell = one blob of texture). */
    static float at(long seed, double x, double y) {
        int ix = (int) Math.floor(x);
        int iy = (int) Math.floor(y);
        double fx = x - ix;
        double fy = y - iy;
        double sx = fx * fx * (3 - 2 * fx);
        double sy = fy * fy * (3 - 2 * fy);
        double top = lerp(lattice(seed, ix, iy), lattice(seed, ix + 1, iy), sx);
        double bottom = lerp(lattice(seed, ix, iy + 1), lattice(seed, ix + 1, iy + 1), sx);
        return (float) lerp(top, bottom, sy);
    }

    private static double lattice(long seed, int ix, int iy) {
        long h = Seeds.mix(seed, ((long) ix << 32) ^ (iy & 0xffffffffL));
        return (h >>> 11) * 0x1.0p-53;
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }
}
