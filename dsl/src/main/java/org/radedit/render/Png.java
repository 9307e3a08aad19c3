package org.radedit.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;

/** PNG bytes and data URIs of pictures, and stacking pictures into one. */
public final class Png {

    private Png() {
    }

    public static byte[] encode(BufferedImage picture) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (!ImageIO.write(picture, "png", out)) {
                throw new IllegalStateException("no PNG writer for image type " + picture.getType());
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a PNG in memory", e);
        }
    }

    /** {@code data:image/png;base64,...}: an image a page carries inside itself. */
    public static String dataUri(BufferedImage picture) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(encode(picture));
    }

    /** Pictures one below the other on white, left-aligned. */
    public static BufferedImage stack(List<BufferedImage> pictures) {
        int width = 1;
        int height = 0;
        for (BufferedImage p : pictures) {
            width = Math.max(width, p.getWidth());
            height += p.getHeight();
        }
        BufferedImage out = new BufferedImage(width, Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            int y = 0;
            for (BufferedImage p : pictures) {
                g.drawImage(p, 0, y, null);
                y += p.getHeight();
            }
        } finally {
            g.dispose();
        }
        return out;
    }
}
