package org.radedit.kernel.display;

import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.radedit.display.MimeBundle;

/** Images as PNG bytes and as notebook bundles ({@code image/png}, base64 as Jupyter wants). */
public final class PngImages {

    private PngImages() {
    }

    /** PNG file bytes, encoded in memory (ImageIO's default stream caches through a temporary file). */
    public static byte[] encode(RenderedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 2 + 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * Loads the PNG writer (ImageIO scans its plugins on first use) and gets its loops compiled, so the
     * first images a notebook shows come fast (about 50 ms of background work at kernel start).
     */
    public static void warmUp() {
        BufferedImage image = new BufferedImage(128, 128, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < 128 * 128; i++) {
            image.getRaster().setSample(i % 128, i / 128, 0, (i * 31) & 0xff);
        }
        for (int i = 0; i < 4; i++) {
            ImageGrid.of(java.util.List.of(image, image)).toMimeBundle();
        }
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
