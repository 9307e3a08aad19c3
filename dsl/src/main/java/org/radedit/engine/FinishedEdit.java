package org.radedit.engine;

import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * What a method makes of one decoded image.
 *
 * @param image        the edited image the user gets
 * @param measuredEdit the mask the change summary counts as "inside the edit" (null: everywhere)
 * @param measuredKeep the mask it checks as kept (null: none)
 */
public record FinishedEdit(Image image, Mask measuredEdit, Mask measuredKeep) {
}
