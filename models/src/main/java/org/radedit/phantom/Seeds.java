package org.radedit.phantom;

import java.util.SplittableRandom;

/**
 * Seeds of the phantom world. Every random choice draws from its own stream, derived from the
 * patient's seed and a fixed salt. Adding a finding therefore never changes the anatomy, the
 * noise or another finding's geometry: that is what makes counterfactuals exact.
 */
final class Seeds {
    static final long ANATOMY = 1;
    static final long LABELS = 2;
    static final long SITE = 3;
    static final long NOISE = 4;
    static final long EXPOSURE = 5;
    static final long PLEURAL_SIDE = 6;
    static final long PATIENT = 7;
    static final long TUBE_OPACITY = 8;
    static final long FINDING = 100;      // + finding ordinal
    static final long REPORT = 200;       // + finding ordinal; REPORT + 50 for normal studies
    static final long TEXTURE = 300;      // + finding ordinal
    static final long DEPENDENCY = 400;   // + index of the dependency in a cohort spec

    private Seeds() {
    }

    /** SplitMix64: a well-mixed 64-bit value from a seed and a salt. */
    static long mix(long seed, long salt) {
        long z = seed + 0x9E3779B97F4A7C15L * (salt + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static SplittableRandom stream(long seed, long salt) {
        return new SplittableRandom(mix(seed, salt));
    }
}
