package org.radedit.phantom;

import java.util.List;

/**
 * How one hospital's X-ray system turns a body into an image. These are the "site" effects a
 * weak predictor can learn instead of the disease (the acquisition study, DESIGN.md §5).
 *
 * @param site       the hospital's name ("A", "B", "C")
 * @param gamma      contrast curve: intensity^gamma (below 1 brightens the lungs, flattening contrast)
 * @param black      the intensity air is shown at
 * @param white      the intensity the densest tissue is shown at
 * @param blurSigma  detector blur in pixels at 128 px resolution (scaled with the resolution)
 * @param noiseSigma standard deviation of the additive detector noise, in intensity units
 * @param marker     the laterality marker this site puts on every film
 */
public record Acquisition(String site, double gamma, double black, double white, double blurSigma,
                          double noiseSigma, Marker marker) {

    /** Where a marker goes. */
    public enum Corner { TOP_LEFT, TOP_RIGHT, BOTTOM_RIGHT }

    /**
     * A laterality marker: a letter from a tiny bitmap font, either plain (bright letter) or boxed
     * (bright box with a dark letter), in one corner of the image.
     */
    public record Marker(char letter, boolean boxed, Corner corner) {
    }

    /** The sites of the phantom world. */
    public static List<String> sites() {
        return List.of("A", "B", "C");
    }

    /**
     * The acquisition of a named site. A: plain "L" top right, crisp and quiet. B: boxed "R" top
     * left, flatter contrast, more blur and noise. C: plain "L" bottom right, in between.
     */
    public static Acquisition site(String site) {
        return switch (site) {
            case "A" -> new Acquisition("A", 1.0, 0.02, 0.96, 0.6, 0.012, new Marker('L', false, Corner.TOP_RIGHT));
            case "B" -> new Acquisition("B", 0.85, 0.06, 0.93, 0.9, 0.02, new Marker('R', true, Corner.TOP_LEFT));
            case "C" -> new Acquisition("C", 1.15, 0.03, 0.98, 0.75, 0.018, new Marker('L', false, Corner.BOTTOM_RIGHT));
            default -> throw new IllegalArgumentException("unknown site '" + site + "'; the phantom sites are " + sites());
        };
    }

    /** Blur sigma in pixels at the given resolution. */
    public double blurSigmaPixels(int resolution) {
        return blurSigma * resolution / 128.0;
    }

    /**
     * How far (in pixels, per axis) the blur spreads a change: a finding changes the image only
     * within its mask grown by this many pixels in x and in y.
     */
    public int blurRadius(int resolution) {
        double sigma = blurSigmaPixels(resolution);
        return sigma <= 0 ? 0 : (int) Math.ceil(2.5 * sigma);
    }
}
