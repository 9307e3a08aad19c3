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
}
