package org.radedit.suite;

import java.util.Set;
import org.radedit.data.StudyRecord;
import org.radedit.image.Mask;

/**
 * A mask given per record, not as one fixed image: "this record's pneumothorax mask, grown by 4
 * pixels". Build specs with {@link Masks}; combine them with the methods here. A spec is a value:
 * combining returns a new spec and resolving changes nothing.
 */
public sealed interface MaskSpec permits MaskSpecs.FindingMask, MaskSpecs.AnatomyMask, MaskSpecs.FixedMask,
        MaskSpecs.Computed, MaskSpecs.Everywhere, MaskSpecs.Estimated, MaskSpecs.Dilated, MaskSpecs.Eroded,
        MaskSpecs.Union, MaskSpecs.Intersection, MaskSpecs.Difference, MaskSpecs.Inverted {

    /** This record's mask; estimated parts are looked up in {@code context}. */
    Mask resolve(MaskContext context);

    /**
     * This record's mask, for specs without an {@link Masks#estimated estimated} part (those need
     * the model and are resolved when a suite runs).
     */
    default Mask resolve(StudyRecord record) {
        return resolve(MaskContext.of(record));
    }

    /** The prompts of the estimated masks this spec uses (empty for most specs). */
    Set<String> estimatedPrompts();

    /** How the spec reads, e.g. {@code finding(PNEUMOTHORAX).dilate(4)}. */
    String describe();

    /** Grows the mask by a disc of {@code radiusPx} pixels. */
    default MaskSpec dilate(int radiusPx) {
        return radiusPx == 0 ? this : new MaskSpecs.Dilated(this, radiusPx);
    }

    /** Shrinks the mask by a disc of {@code radiusPx} pixels. */
    default MaskSpec erode(int radiusPx) {
        return radiusPx == 0 ? this : new MaskSpecs.Eroded(this, radiusPx);
    }

    /** Covered where either covers. */
    default MaskSpec union(MaskSpec other) {
        return new MaskSpecs.Union(this, other);
    }

    /** Covered where both cover. */
    default MaskSpec intersect(MaskSpec other) {
        return new MaskSpecs.Intersection(this, other);
    }

    /** This mask with {@code other} taken away. */
    default MaskSpec minus(MaskSpec other) {
        return new MaskSpecs.Difference(this, other);
    }

    /** The complement. */
    default MaskSpec invert() {
        return new MaskSpecs.Inverted(this);
    }
}
