package org.radedit.image;

/**
 * Resizing of row-major float rasters, one axis at a time. Shrinking averages the source pixels
 * each output pixel covers, weighted by the covered length (area filter, so no aliasing); growing
 * interpolates linearly between pixel centers (bilinear over both axes). A length that does not
 * change is copied exactly, so an image already at the target size comes back bit for bit.
 */
final class Resampling {

    private Resampling() {
    }

    /** The {@code w x h} raster resized to {@code newW x newH}. */
    static float[] resize(float[] src, int w, int h, int newW, int newH) {
        float[] rows = newW == w ? src : resizeRows(src, w, h, newW);
        return newH == h ? rows.clone() : resizeColumns(rows, newW, h, newH);
    }

    /** Each row of length {@code w} resized to {@code newW}. */
    private static float[] resizeRows(float[] src, int w, int h, int newW) {
        Taps taps = Taps.of(w, newW);
        float[] out = new float[newW * h];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < newW; x++) {
                double sum = 0;
                for (int k = taps.start[x]; k < taps.start[x + 1]; k++) {
                    sum += taps.weight[k] * src[row + taps.index[k]];
                }
                out[y * newW + x] = (float) sum;
            }
        }
        return out;
    }

    /** Each column of length {@code h} resized to {@code newH}. */
    private static float[] resizeColumns(float[] src, int w, int h, int newH) {
        Taps taps = Taps.of(h, newH);
        float[] out = new float[w * newH];
        for (int y = 0; y < newH; y++) {
            for (int x = 0; x < w; x++) {
                double sum = 0;
                for (int k = taps.start[y]; k < taps.start[y + 1]; k++) {
                    sum += taps.weight[k] * src[taps.index[k] * w + x];
                }
                out[y * w + x] = (float) sum;
            }
        }
        return out;
    }

    /** Source indices and weights of every output pixel along one axis (CSR layout). */
    private record Taps(int[] start, int[] index, double[] weight) {

        static Taps of(int n, int m) {
            return m < n ? area(n, m) : linear(n, m);
        }

        /** Output pixel i covers source interval [i n / m, (i + 1) n / m). */
        private static Taps area(int n, int m) {
            int[] start = new int[m + 1];
            int[] index = new int[m * ((n + m - 1) / m + 2)];
            double[] weight = new double[index.length];
            double step = (double) n / m;
            int k = 0;
            for (int i = 0; i < m; i++) {
                start[i] = k;
                double a = i * step;
                double b = (i + 1) * step;
                for (int s = (int) Math.floor(a); s < Math.min(n, (int) Math.ceil(b)); s++) {
                    double covered = Math.min(b, s + 1) - Math.max(a, s);
                    if (covered > 0) {
                        index[k] = s;
                        weight[k++] = covered / step;
                    }
                }
            }
            start[m] = k;
            return new Taps(start, index, weight);
        }

        /** Output pixel i's center maps to source coordinate (i + 0.5) n / m - 0.5, clamped at the ends. */
        private static Taps linear(int n, int m) {
            int[] start = new int[m + 1];
            int[] index = new int[2 * m];
            double[] weight = new double[2 * m];
            int k = 0;
            for (int i = 0; i < m; i++) {
                start[i] = k;
                double u = Math.max(0, Math.min(n - 1, (i + 0.5) * n / m - 0.5));
                int s0 = (int) Math.floor(u);
                int s1 = Math.min(n - 1, s0 + 1);
                double f = u - s0;
                index[k] = s0;
                weight[k++] = 1 - f;
                if (f > 0) {
                    index[k] = s1;
                    weight[k++] = f;
                }
            }
            start[m] = k;
            return new Taps(start, index, weight);
        }
    }
}
