package org.radedit.bundle;

import java.util.Locale;

/** The value range a model takes its pixels in. */
public enum PixelRange {
    /** {@code 2x - 1}: Stable Diffusion VAEs, the released RadEdit pipeline. */
    MINUS_ONE_TO_ONE,
    /** {@code x}: BioViL-T's image encoder (no mean/std normalisation), most classifiers. */
    ZERO_TO_ONE;

    /** The manifest's spelling: {@code minus_one_to_one} or {@code zero_to_one}. */
    public static PixelRange parse(String text, String where) {
        for (PixelRange range : values()) {
            if (range.name().toLowerCase(Locale.ROOT).equals(text)) {
                return range;
            }
        }
        throw new BundleException(where + ": pixel range '" + text + "' is not one of minus_one_to_one, zero_to_one");
    }
}
