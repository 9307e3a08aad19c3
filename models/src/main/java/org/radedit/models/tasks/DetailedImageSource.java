package org.radedit.models.tasks;

import java.util.List;

/**
 * Deterministic images by index: {@code draw(i, n)} is always the same n images, so a run that
 * resumes sees the same data and held-out indices never meet training ones.
 */
@FunctionalInterface
public interface DetailedImageSource {

    /** Held-out data starts here; training never draws at or above it. */
    long HELD_OUT = 1L << 40;

    List<DetailedImage> draw(long firstIndex, int count);
}
