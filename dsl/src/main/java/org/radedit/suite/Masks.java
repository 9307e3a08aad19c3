package org.radedit.suite;

import java.util.function.Function;
import org.radedit.data.Anatomy;
import org.radedit.data.StudyRecord;
import org.radedit.data.Labeled;
import org.radedit.image.Mask;

/**
 * Where to build {@link MaskSpec}s: per-record masks of findings and anatomy, fixed masks, the whole
 * image, and a DiffEdit-like mask estimated from a prompt. Combine them with {@link MaskSpec}'s
 * methods: {@code Masks.finding(PNEUMOTHORAX).dilate(4).union(Masks.anatomy(LUNGS))}.
 */
public final class Masks {

    private Masks() {
    }

    /**
     * The record's own mask of this finding (any label: {@code Label.of("Pneumothorax")} or a
     * world's finding); a record without one is an error that names it.
     */
    public static MaskSpec finding(Labeled finding) {
        return new MaskSpecs.FindingMask(finding);
    }

    /** The record's own mask of this anatomy (lungs, heart, ...). */
    public static MaskSpec anatomy(Anatomy anatomy) {
        return new MaskSpecs.AnatomyMask(anatomy);
    }

    /** The same mask for every record (it must match the records' image size). */
    public static MaskSpec fixed(Mask mask, String name) {
        return new MaskSpecs.FixedMask(mask, name);
    }

    /**
     * A mask computed from each record by your own code, e.g. where a device would go:
     * {@code Masks.computed("upper left chest", r -> Mask.fromBoxes(128, 128, new Box(70, 20, 40, 30)))}.
     * The name is what reports show.
     */
    public static MaskSpec computed(String name, Function<StudyRecord, Mask> compute) {
        return new MaskSpecs.Computed(name, compute);
    }

    /** The whole image. */
    public static MaskSpec everywhere() {
        return new MaskSpecs.Everywhere();
    }

    /**
     * DiffEdit-like, per record: where {@code prompt} changes the model's noise prediction against
     * the null condition (10 noise draws at t = N/2, clamped at 3x the mean, normalised, threshold
     * 0.5). Made by the suite's model when the suite runs, with each edit's seed.
     */
    public static MaskSpec estimated(String prompt) {
        return new MaskSpecs.Estimated(prompt);
    }
}
