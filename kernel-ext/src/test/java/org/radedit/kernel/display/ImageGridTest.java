package org.radedit.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.util.Collections;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ImageGridTest {

    @Test
    void sixteenImagesMakeAFourByFourGridOfInlinePngs() {
        BufferedImage image = new BufferedImage(128, 128, BufferedImage.TYPE_BYTE_GRAY);
        ImageGrid grid = ImageGrid.of(Collections.nCopies(16, image));
        String html = grid.toMimeBundle().data().get("text/html");
        assertEquals("ImageGrid: 16 images, 4 per row", grid.toString());
        assertEquals(16, Pattern.compile("src=\"data:image/png;base64,").matcher(html).results().count());
        assertEquals(true, html.startsWith("<div style=\"display:grid;grid-template-columns:repeat(4,max-content)"));
    }
}
