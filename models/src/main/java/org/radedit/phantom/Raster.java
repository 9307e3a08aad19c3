package org.radedit.phantom;

/**
 * Drawing primitives on square float layers of {@code size x size} pixels, row-major. Shapes are
 * given in normalized coordinates; pixel (i, j) has its centre at ((i + 0.5) / size, (j + 0.5) / size).
 * Edges are antialiased over one pixel. No objects are allocated per pixel.
 */
final class Raster {
    final int size;

    Raster(int size) {
        this.size = size;
    }

    int pixels() {
        return size * size;
    }

    /** Normalized coordinate of the centre of pixel column or row {@code i}. */
    double center(int i) {
        return (i + 0.5) / size;
    }

    /** Pixel coordinate (centre of pixel 0 is 0) of a normalized coordinate. */
    double toPixel(double v) {
        return v * size - 0.5;
    }

    int clampIndex(double v) {
        return (int) Math.max(0, Math.min(size - 1, v));
    }

    /** Raises {@code layer} to {@code value * coverage} along a round-capped segment {@code width} wide. */
    void maxSegment(float[] layer, double x0, double y0, double x1, double y1, double width, float value) {
        double ax = toPixel(x0);
        double ay = toPixel(y0);
        double dx = toPixel(x1) - ax;
        double dy = toPixel(y1) - ay;
        double half = width * size / 2;
        int i0 = clampIndex(Math.floor(Math.min(ax, ax + dx) - half - 1));
        int i1 = clampIndex(Math.ceil(Math.max(ax, ax + dx) + half + 1));
        int j0 = clampIndex(Math.floor(Math.min(ay, ay + dy) - half - 1));
        int j1 = clampIndex(Math.ceil(Math.max(ay, ay + dy) + half + 1));
        double len2 = dx * dx + dy * dy;
        for (int j = j0; j <= j1; j++) {
            for (int i = i0; i <= i1; i++) {
                double px = i - ax;
                double py = j - ay;
                double t = len2 > 0 ? Math.max(0, Math.min(1, (px * dx + py * dy) / len2)) : 0;
                double ex = px - t * dx;
                double ey = py - t * dy;
                double coverage = half + 0.5 - Math.sqrt(ex * ex + ey * ey);
                if (coverage > 0) {
                    float v = (float) (value * Math.min(1, coverage));
                    int k = j * size + i;
                    if (v > layer[k]) {
                        layer[k] = v;
                    }
                }
            }
        }
    }

    /** {@link #maxSegment} along every segment of a path. */
    void maxPath(float[] layer, Path path, double width, float value) {
        for (int k = 0; k + 1 < path.points(); k++) {
            maxSegment(layer, path.x(k), path.y(k), path.x(k + 1), path.y(k + 1), width, value);
        }
    }

    /** Adds a bone band column by column: each column gets the band's vertical cross-section. */
    void addBand(float[] layer, BoneBand band) {
        int i0 = clampIndex(Math.floor(toPixel(band.minX())));
        int i1 = clampIndex(Math.ceil(toPixel(band.maxX())));
        double step = 1.0 / size;
        for (int i = i0; i <= i1; i++) {
            double x = center(i);
            if (x < band.minX() || x > band.maxX()) {
                continue;
            }
            double fade = band.endFade(x);
            if (fade <= 0) {
                continue;
            }
            double yc = toPixel(band.centerY(x));
            double slope = (band.centerY(x + step) - band.centerY(x - step)) * size / 2;
            double half = band.thickness() * size / 2 * Math.sqrt(1 + slope * slope);
            int j0 = clampIndex(Math.floor(yc - half - 1));
            int j1 = clampIndex(Math.ceil(yc + half + 1));
            for (int j = j0; j <= j1; j++) {
                double coverage = Math.min(1, half + 0.5 - Math.abs(j - yc));
                if (coverage > 0) {
                    layer[j * size + i] += (float) (band.density() * fade * coverage);
                }
            }
        }
    }

    /** Coverage (0..1) of a pixel whose centre lies {@code inside} normalized units inside a shape. */
    float coverage(double inside) {
        double c = inside * size + 0.5;
        return (float) (c <= 0 ? 0 : c >= 1 ? 1 : c);
    }

    static double smoothstep(double edge0, double edge1, double x) {
        double t = Math.max(0, Math.min(1, (x - edge0) / (edge1 - edge0)));
        return t * t * (3 - 2 * t);
    }
}
