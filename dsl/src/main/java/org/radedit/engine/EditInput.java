package org.radedit.engine;

import java.util.Objects;
import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * One image to edit with its masks and seed. Masks are in pixels and must match the image size.
 *
 * @param editMask where the model may change pixels; required by RadEdit, ignored by the baselines
 * @param keepMask what must stay byte-identical; may be null (nothing kept)
 */
public record EditInput(Image image, Mask editMask, Mask keepMask, long seed) {
    public EditInput {
        Objects.requireNonNull(image, "image");
        if (editMask != null) {
            editMask.requireSize(image.width(), image.height(), "edit mask");
        }
        if (keepMask != null) {
            keepMask.requireSize(image.width(), image.height(), "keep mask");
        }
    }
}
