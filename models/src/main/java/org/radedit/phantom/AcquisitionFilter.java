package org.radedit.phantom;

import java.util.SplittableRandom;

/**
 * Turns a density layer into the site's image, in this order:
 * <ol>
 *   <li>exposure: intensity = 1 - exp(-exposure * density) (bright = dense);</li>
 *   <li>contrast curve: black + (white - black) * intensity^gamma;</li>
 *   <li>laterality marker stamped in its corner;</li>
 *   <li>Gaussian blur (separable, radius {@link Acquisition#blurRadius});</li>
 *   <li>additive Gaussian noise that depends only on the seed, then clamping to [0, 1].</li>
 * </ol>
 * Steps 1, 2 and 5 act on each pixel alone and only step 4 mixes neighbours, so a change of the
 * density at some pixels changes the image only within the blur radius of them (per axis), and
 * everywhere else the output is bit-identical. Counterfactuals rely on that.
 */
final class AcquisitionFilter {

    private AcquisitionFilter() {
    }

    /**
     * @param seed       the case's seed: fixes exposure, marker jitter and the noise realisation
     * @param markerMask receives the marker's footprint (binary)
     */
    static float[] apply(Raster r, float[] density, Acquisition acq, long seed, float[] markerMask) {
        int n = r.pixels();
        SplittableRandom jitter = Seeds.stream(seed, Seeds.EXPOSURE);
        double exposure = 1 + jitter.nextDouble(-0.06, 0.06);
        double range = acq.white() - acq.black();
        float[] img = new float[n];
        for (int k = 0; k < n; k++) {
            double intensity = 1 - Math.exp(-exposure * Math.max(0, density[k]));
            if (acq.gamma() != 1) {
                intensity = Math.pow(intensity, acq.gamma());
            }
            img[k] = (float) (acq.black() + range * intensity);
        }
        marker(r, img, acq.marker(), jitter, markerMask);
        float[] blurred = blur(r.size, img, acq.blurSigmaPixels(r.size), acq.blurRadius(r.size));
        addNoise(blurred, acq.noiseSigma(), Seeds.stream(seed, Seeds.NOISE));
        return blurred;
    }

    /** The marker letter, scaled to the resolution, in its corner (jittered by up to two glyph pixels). */
    private static void marker(Raster r, float[] img, Acquisition.Marker m, SplittableRandom jitter, float[] mask) {
        int scale = Math.max(1, Math.round(r.size / 64f));
        int pad = m.boxed() ? scale * 2 : 0;
        int w = Glyphs.WIDTH * scale + 2 * pad;
        int h = Glyphs.HEIGHT * scale + 2 * pad;
        int margin = 3 * scale;
        int dx = jitter.nextInt(0, 2 * scale + 1);
        int dy = jitter.nextInt(0, 2 * scale + 1);
        int x0 = switch (m.corner()) {
            case TOP_LEFT -> margin + dx;
            case TOP_RIGHT, BOTTOM_RIGHT -> r.size - margin - w - dx;
        };
        int y0 = m.corner() == Acquisition.Corner.BOTTOM_RIGHT ? r.size - margin - h - dy : margin + dy;
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                int gx = i - pad;
                int gy = j - pad;
                boolean ink = gx >= 0 && gy >= 0 && gx < Glyphs.WIDTH * scale && gy < Glyphs.HEIGHT * scale
                        && Glyphs.ink(m.letter(), gx / scale, gy / scale);
                int x = x0 + i;
                int y = y0 + j;
                if (x < 0 || y < 0 || x >= r.size || y >= r.size) {
                    continue;
                }
                int k = y * r.size + x;
                if (m.boxed()) {
                    img[k] = ink ? 0.1f : 0.92f;     // bright plate, dark letter
                    mask[k] = 1;
                } else if (ink) {
                    img[k] = 0.97f;                  // bright lead letter
                    mask[k] = 1;
                }
            }
        }
    }

    /** Separable Gaussian blur with edge clamping; {@code radius} taps either side. */
    static float[] blur(int size, float[] img, double sigma, int radius) {
        if (radius == 0) {
            return img.clone();
        }
        float[] kernel = new float[2 * radius + 1];
        double sum = 0;
        for (int t = -radius; t <= radius; t++) {
            sum += Math.exp(-t * t / (2 * sigma * sigma));
        }
        for (int t = -radius; t <= radius; t++) {
            kernel[t + radius] = (float) (Math.exp(-t * t / (2 * sigma * sigma)) / sum);
        }
        float[] rows = new float[img.length];
        for (int j = 0; j < size; j++) {
            int row = j * size;
            for (int i = 0; i < size; i++) {
                float acc = 0;
                for (int t = -radius; t <= radius; t++) {
                    int x = Math.min(size - 1, Math.max(0, i + t));
                    acc += kernel[t + radius] * img[row + x];
                }
                rows[row + i] = acc;
            }
        }
        float[] out = new float[img.length];
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < size; i++) {
                float acc = 0;
                for (int t = -radius; t <= radius; t++) {
                    int y = Math.min(size - 1, Math.max(0, j + t));
                    acc += kernel[t + radius] * rows[y * size + i];
                }
                out[j * size + i] = acc;
            }
        }
        return out;
    }

    /** Box-Muller noise, one stream per case, pixel by pixel in a fixed order; then clamp to [0, 1]. */
    private static void addNoise(float[] img, double sigma, SplittableRandom rng) {
        for (int k = 0; k < img.length; k += 2) {
            double u1 = 1 - rng.nextDouble();   // (0, 1]
            double u2 = rng.nextDouble();
            double radius = sigma * Math.sqrt(-2 * Math.log(u1));
            double angle = 2 * Math.PI * u2;
            img[k] = clamp(img[k] + radius * Math.cos(angle));
            if (k + 1 < img.length) {
                img[k + 1] = clamp(img[k + 1] + radius * Math.sin(angle));
            }
        }
    }

    private static float clamp(double v) {
        return (float) (v < 0 ? 0 : v > 1 ? 1 : v);
    }
}
