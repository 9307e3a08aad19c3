package org.radedit.engine;

import org.radedit.image.Image;
import org.radedit.image.Mask;

/**
 * Keeps a latent edit inside its edit mask, in pixel space. A latent edit is decoded everywhere, so
 * without this every pixel would change: by the autoencoder's own error {@code x - D(E(x))} (on the
 * phantom autoencoder about 0.014 mean absolute) and, near the edit, by what the decoder's receptive
 * field carries out of the edited latent cells. Blending the decoded edit into the original with the
 * pixel edit mask, {@code out = m_edit * D(x_edit) + (1 - m_edit) * x}, makes every pixel outside the
 * mask the original's, bit for bit: the model changes pixels only where the user allowed it. This is
 * the background blend of Blended Latent Diffusion; it is not part of RadEdit as published
 * (DESIGN.md §3 decodes only), so it is an option of {@link EditSettings}.
 */
public final class EditConfinement {

    private EditConfinement() {
    }

    /**
     * @param original the input image {@code x}
     * @param decoded  {@code D(x_edit)}
     * @param editMask where the model may change pixels, at pixel resolution (values in [0, 1])
     */
    public static Image apply(Image original, Image decoded, Mask editMask) {
        return PixelBlend.blend(editMask, decoded, original, "edit mask");
    }
}
