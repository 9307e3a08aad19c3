package org.radedit.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.radedit.display.Displayable;
import org.radedit.display.MimeBundle;

class RendererRegistryTest {

    interface Shape {
    }

    static class Square implements Shape {
    }

    static class Tile extends Square implements Displayable {
        @Override
        public MimeBundle toMimeBundle() {
            return MimeBundle.text("tile");
        }
    }

    @Test
    void theMostSpecificRegisteredTypeWins() {
        RendererRegistry registry = new RendererRegistry()
                .register(Shape.class, s -> MimeBundle.text("shape"))
                .register(Displayable.class, Displayable::toMimeBundle);
        assertEquals(Optional.of(MimeBundle.text("shape")), registry.render(new Square()));
        assertEquals(Optional.of(MimeBundle.text("tile")), registry.render(new Tile())); // own interface before the superclass's
        assertEquals(Optional.empty(), registry.render("plain"));
    }

    @Test
    void standardRegistryShowsDisplayablesImagesAndTablesaw() {
        RendererRegistry registry = RendererRegistry.standard();
        assertTrue(registry.types().contains(Displayable.class));
        assertTrue(registry.types().contains(tech.tablesaw.api.Table.class));
        MimeBundle image = registry.render(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB)).orElseThrow();
        assertEquals("image 3x2 (RGB)", image.data().get(MimeBundle.TEXT));
        assertTrue(image.data().containsKey(MimeBundle.PNG));
    }

    @Test
    void radiographsAndMasksShowAsPicturesAtLeast256PixelsWide() throws java.io.IOException {
        RendererRegistry registry = RendererRegistry.standard();
        org.radedit.image.Image image = org.radedit.image.Image.filled(128, 100, 0.25f);
        MimeBundle shown = registry.render(image).orElseThrow();
        assertEquals("Image 128x100, mean 0.250", shown.data().get(MimeBundle.TEXT));
        BufferedImage png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                java.util.Base64.getDecoder().decode((String) shown.data().get(MimeBundle.PNG))));
        assertEquals(256, png.getWidth());
        assertEquals(200, png.getHeight());

        org.radedit.image.Mask mask = org.radedit.image.Mask.fromBoxes(100, 100, new org.radedit.image.Box(0, 0, 10, 5));
        MimeBundle maskShown = registry.render(mask).orElseThrow();
        assertEquals("Mask 100x100, 50 pixels covered", maskShown.data().get(MimeBundle.TEXT));
        BufferedImage maskPng = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                java.util.Base64.getDecoder().decode((String) maskShown.data().get(MimeBundle.PNG))));
        assertEquals(300, maskPng.getWidth(), "enlarged 3x to reach 256");
        assertEquals(0xFFFFFF, maskPng.getRGB(1, 1) & 0xFFFFFF, "covered is white");
        assertEquals(0, maskPng.getRGB(299, 299) & 0xFFFFFF, "uncovered is black");
    }
}
