package org.radedit.suite;

import java.util.Locale;
import org.radedit.engine.EditMethod;

/**
 * One point of a sweep: the method and hyperparameters one edit ran with.
 *
 * @param dilation pixels the suite's edit mask was grown by for this setting (on top of the spec's own)
 * @param seed     the suite seed; each record's noise comes from it and the record id ({@link #editSeed})
 */
public record Setting(EditMethod method, double guidance, int steps, int skip, int dilation, long seed) {

    public Setting {
        if (steps <= 0) {
            throw new IllegalArgumentException("steps must be positive, got " + steps);
        }
        if (skip < 0 || skip >= steps) {
            throw new IllegalArgumentException("skip must lie in [0, steps), got skip=" + skip + " with steps=" + steps);
        }
        if (dilation < 0) {
            throw new IllegalArgumentException("dilation must not be negative, got " + dilation);
        }
        if (!Double.isFinite(guidance)) {
            throw new IllegalArgumentException("guidance must be a finite number, got " + guidance);
        }
    }

    /** E.g. {@code RADEDIT w=15 T=100 skip=0 dilate+0 seed=7}. */
    public String label() {
        return condition() + " seed=" + seed;
    }

    /** The label without the seed: settings that differ only by seed are repeats of one condition. */
    public String condition() {
        return String.format(Locale.ROOT, "%s w=%s T=%d skip=%d dilate+%d", method, number(guidance), steps, skip, dilation);
    }

    /**
     * The seed of one record's edit: a mix of the suite seed and the record id, so an edit does not
     * depend on the order or batch of records (SplitMix64 finaliser over both).
     */
    public long editSeed(String recordId) {
        long h = 0xcbf29ce484222325L; // FNV-1a over the id's chars
        for (int i = 0; i < recordId.length(); i++) {
            h = (h ^ recordId.charAt(i)) * 0x100000001b3L;
        }
        return mix(mix(seed) ^ h);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
