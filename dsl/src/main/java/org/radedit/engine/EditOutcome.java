package org.radedit.engine;

import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * One finished edit.
 *
 * @param input        what was edited
 * @param edited       the edited image
 * @param appliedMask  where guidance acted, in pixels: the edit mask at latent resolution (RadEdit),
 *                     everywhere (LANCE-like), or the estimated mask (DiffEdit-like)
 * @param change       how much changed inside and outside the masks
 */
public record EditOutcome(EditInput input, Image edited, Mask appliedMask, ChangeSummary change) {
}
