package org.radedit.suite;

import java.util.Objects;
import org.radedit.engine.EditEngine;
import org.radedit.score.ImageTextEncoder;

/**
 * The models a suite runs with: the editing engine (a diffusion model on a device), the paired
 * image/text encoder of the editing score (may be null when nothing is scored), and the image size
 * the model takes (0 when any size goes). Modules that ship trained models hand one of these out;
 * {@code Suite.from(data).using(toolkit)} attaches it and, when the size is known, preprocesses
 * the records to it (shorter side, centre crop; records already at that size are left as they are).
 * A toolkit may also bound how many records are edited at once ({@code batchSize}, e.g. what fits in
 * a GPU's free memory; 0 leaves the suite's own ceiling): the suite edits in the fastest batch measured
 * up to it, and {@code Suite.batchSize(n)} still fixes the batch outright.
 */
public record Toolkit(EditEngine engine, ImageTextEncoder encoder, int imageSize, int batchSize) {

    public Toolkit {
        Objects.requireNonNull(engine, "engine");
        if (imageSize < 0) {
            throw new IllegalArgumentException("image size must be positive (or 0 for any), got " + imageSize);
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be positive (or 0 for the suite's), got " + batchSize);
        }
    }

    public Toolkit(EditEngine engine, ImageTextEncoder encoder, int imageSize) {
        this(engine, encoder, imageSize, 0);
    }

    public Toolkit(EditEngine engine, ImageTextEncoder encoder) {
        this(engine, encoder, 0);
    }

    /** The same models, taking {@code size x size} images. */
    public Toolkit withImageSize(int size) {
        return new Toolkit(engine, encoder, size, batchSize);
    }
}
