package org.radedit.kernel.display;

import java.awt.image.BufferedImage;
import java.util.Locale;
import org.radedit.display.MimeBundle;
import org.radedit.image.Image;
import org.radedit.image.Mask;
import org.radedit.render.Panels;

/**
 * The DSL's radiographs and masks as inline pictures: an {@link Image} in gray, a {@link Mask}
 * white on black, both drawn at least {@value #MIN_SIZE} pixels wide so a 128-pixel phantom is
 * readable in a notebook.
 */
final class ImageRenderers {

    static final int MIN_SIZE = 256;

    private ImageRenderers() {
    }

    static void registerInto(RendererRegistry registry) {
        registry.register(Image.class, ImageRenderers::image).register(Mask.class, ImageRenderers::mask);
    }

    static MimeBundle image(Image image) {
        return bundle(Panels.gray(image), String.format(Locale.ROOT, "Image %dx%d, mean %.3f", image.width(),
                image.height(), mean(image.pixels())));
    }

    static MimeBundle mask(Mask mask) {
        return bundle(Panels.gray(Image.fromMask(mask)), String.format(Locale.ROOT, "Mask %dx%d, %.0f pixels covered",
                mask.width(), mask.height(), mask.area()));
    }

    private static MimeBundle bundle(BufferedImage picture, String text) {
        int factor = Math.max(1, (MIN_SIZE + picture.getWidth() - 1) / picture.getWidth());
        return MimeBundle.text(text).withPng(PngImages.encode(Panels.enlarged(picture, factor)));
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }
}
