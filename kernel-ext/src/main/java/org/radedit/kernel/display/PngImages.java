package org.radedit.kernel.display;

import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.radedit.display.MimeBundle;

/** Images as PNG bytes and as notebook bundles ({@code image/png}, base64 as Jupyter wants). */
public final class PngImages {

    private PngImages() {
    }

    public static byte[] encode(RenderedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 2 + 1024);
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("no PNG writer for this image type");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static MimeBundle bundle(RenderedImage image) {
        return MimeBundle.text(describe(image)).withPng(encode(image));
    }

    static String describe(RenderedImage image) {
        String kind = image instanceof BufferedImage b ? typeName(b.getType()) : image.getClass().getSimpleName();
        return "image " + image.getWidth() + "x" + image.getHeight() + " (" + kind + ")";
    }

    private static String typeName(int type) {
        return switch (type) {
            case BufferedImage.TYPE_BYTE_GRAY -> "8-bit gray";
            case BufferedImage.TYPE_USHORT_GRAY -> "16-bit gray";
            case BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR -> "RGB";
            case BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_4BYTE_ABGR -> "ARGB";
            default -> "type " + type;
        };
    }
}
