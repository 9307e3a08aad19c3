package org.radedit.image;

import org.radedit.io.AtomicFiles;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Reads and writes images and masks with the JDK's codecs ({@code javax.imageio}).
 *
 * <p>Reading gives values in [0, 1]: a grey sample {@code k} of an n-bit file becomes
 * {@code k / (2^n - 1)} (so {@code k / 255f} for 8 bits, {@code k / 65535f} for 16 bits).
 * Colour files become their luminance {@code 0.299 R + 0.587 G + 0.114 B} (ITU-R BT.601, as PIL's
 * {@code convert("L")}); grey colour pixels (R = G = B) stay exact, and alpha is ignored. A file
 * that is missing, not an image, or truncated throws {@link ImageReadException}; any warning of
 * the decoder (JPEG reports truncation only as a warning) counts as an error.
 *
 * <p>Writing quantises by {@code round(v * 255)} (or {@code 65535}), clamping to [0, 1], so an
 * image read from an 8-bit file is written back with the same samples. Files are written to a
 * temporary file beside the target and then moved over it atomically: readers never see half a file.
 */
public final class ImageFiles {

    private static final double RED = 0.299;
    private static final double GREEN = 0.587;
    private static final double BLUE = 0.114;

    private ImageFiles() {
    }

    /** Reads a PNG (grey 1-16 bit, RGB, RGBA, palette) or JPEG as an image in [0, 1]. */
    public static Image read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ImageReadException(path, "no such file", new NoSuchFileException(path.toString()));
        }
        try (ImageInputStream in = openInput(path)) {
            if (in == null) {
                throw new ImageReadException(path, "cannot open the file", new IIOException("no input stream"));
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImageReadException(path, "not an image in a known format",
                        new IIOException("no image reader"));
            }
            ImageReader reader = readers.next();
            try {
                List<String> warnings = new ArrayList<>();
                reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
                reader.setInput(in, true, true);
                BufferedImage decoded = reader.read(0);
                if (!warnings.isEmpty()) {
                    throw new ImageReadException(path, "the decoder reported " + String.join("; ", warnings)
                            + " (truncated or corrupt " + reader.getFormatName() + ")",
                            new IIOException(warnings.get(0)));
                }
                return toImage(decoded);
            } finally {
                reader.dispose();
            }
        } catch (ImageReadException e) {
            throw e;
        } catch (IOException e) {
            throw new ImageReadException(path, "truncated or corrupt file (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            // Decoders can fail on corrupt data with unchecked exceptions as well.
            throw new ImageReadException(path, "corrupt file (" + e + ")", new IOException(e));
        }
    }

    /** Reads an image file as a mask; the values are the image's values in [0, 1], unchanged. */
    public static Mask readMask(Path path) {
        Image image = read(path);
        return new Mask(image.width(), image.height(), image.pixels());
    }

    /** Writes an 8-bit greyscale PNG. */
    public static void writePng8(Image image, Path path) {
        writeAtomically(path, toGray(image, BufferedImage.TYPE_BYTE_GRAY, 255), "png", null, false);
    }

    /** Writes a 16-bit greyscale PNG. */
    public static void writePng16(Image image, Path path) {
        writeAtomically(path, toGray(image, BufferedImage.TYPE_USHORT_GRAY, 65535), "png", null, false);
    }

    /** Writes an 8-bit greyscale JPEG; {@code quality} in [0, 1] (1 = best, still lossy). */
    public static void writeJpeg(Image image, Path path, float quality) {
        if (!(quality >= 0f && quality <= 1f)) {
            throw new IllegalArgumentException("JPEG quality must lie in [0, 1], got " + quality);
        }
        writeAtomically(path, toGray(image, BufferedImage.TYPE_BYTE_GRAY, 255), "jpeg", quality, false);
    }

    /** Writes an 8-bit greyscale progressive JPEG (as many CheXpert files are); {@code quality} as above. */
    public static void writeProgressiveJpeg(Image image, Path path, float quality) {
        if (!(quality >= 0f && quality <= 1f)) {
            throw new IllegalArgumentException("JPEG quality must lie in [0, 1], got " + quality);
        }
        writeAtomically(path, toGray(image, BufferedImage.TYPE_BYTE_GRAY, 255), "jpeg", quality, true);
    }

    /** Writes a mask as an 8-bit greyscale PNG (1 = white); soft values are quantised to k/255. */
    public static void writeMaskPng(Mask mask, Path path) {
        writePng8(Image.fromMask(mask), path);
    }

    private static Image toImage(BufferedImage decoded) {
        int w = decoded.getWidth();
        int h = decoded.getHeight();
        Raster raster = decoded.getRaster();
        ColorModel model = decoded.getColorModel();
        int space = model.getColorSpace().getType();
        boolean direct = !(model instanceof IndexColorModel);
        float[] pixels = new float[w * h];
        if (direct && space == ColorSpace.TYPE_GRAY) {
            float max = maxSample(model, 0);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    pixels[y * w + x] = raster.getSample(x, y, 0) / max;
                }
            }
        } else if (direct && space == ColorSpace.TYPE_RGB) {
            float max = maxSample(model, 0);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    pixels[y * w + x] = luminance(raster.getSample(x, y, 0), raster.getSample(x, y, 1),
                            raster.getSample(x, y, 2), max);
                }
            }
        } else {
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int rgb = decoded.getRGB(x, y);
                    pixels[y * w + x] = luminance((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, 255f);
                }
            }
        }
        return new Image(w, h, pixels);
    }

    private static float maxSample(ColorModel model, int component) {
        return (1 << model.getComponentSize(component)) - 1;
    }

    private static float luminance(int r, int g, int b, float max) {
        if (r == g && g == b) {
            return r / max;
        }
        return (float) ((RED * r + GREEN * g + BLUE * b) / max);
    }

    private static BufferedImage toGray(Image image, int type, int max) {
        BufferedImage out = new BufferedImage(image.width(), image.height(), type);
        WritableRaster raster = out.getRaster();
        for (int y = 0; y < image.height(); y++) {
            for (int x = 0; x < image.width(); x++) {
                float v = image.get(x, y); // finite: Image rejects NaN and infinities
                raster.setSample(x, y, 0, Math.round(Math.min(1f, Math.max(0f, v)) * max));
            }
        }
        return out;
    }

    /** A file of the default file system is read in place; one of another NIO file system through a stream. */
    private static ImageInputStream openInput(Path path) throws IOException {
        if (path.getFileSystem() == FileSystems.getDefault()) {
            return ImageIO.createImageInputStream(path.toFile());
        }
        InputStream bytes = Files.newInputStream(path);
        return new MemoryCacheImageInputStream(bytes) {
            @Override
            public void close() throws IOException {
                try {
                    super.close(); // frees the cache only
                } finally {
                    bytes.close();
                }
            }
        };
    }

    /** Encodes into a temporary file in the target's directory, then moves it over the target. */
    private static void writeAtomically(Path path, BufferedImage image, String format, Float jpegQuality,
                                        boolean progressive) {
        try {
            AtomicFiles.write(path, temp -> encode(image, format, jpegQuality, progressive, temp));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + format.toUpperCase() + " image " + path + ": "
                    + withCauses(e), e);
        }
    }

    /** The message and those of its causes: ImageIO hides "No space left on device" behind its own words. */
    private static String withCauses(Throwable e) {
        StringBuilder out = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !out.toString().contains(c.getMessage())) {
                out.append(": ").append(c.getMessage());
            }
        }
        return out.toString();
    }

    private static void encode(BufferedImage image, String format, Float jpegQuality, boolean progressive, Path file)
            throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IIOException("no " + format + " writer in this JDK");
        }
        ImageWriter writer = writers.next();
        // Through the file system of the path (not java.io.File), so any NIO file store works.
        try (OutputStream bytes = Files.newOutputStream(file);
             ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (jpegQuality != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(jpegQuality);
                if (progressive) {
                    param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
                }
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

}
